/**
 * The build step behind the content script's glossary (wired in wxt.config.ts): reads the packs in
 * data/ from disk, refuses any schema problem (a broken entry must fail the build, not ship), compiles
 * the matcher and writes it as one binary file for the extension's public assets.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { assemblePacks, type LoadedPacks } from '../utils/glossary/assemble-packs';
import { encodeCompiledGlossary } from '../utils/glossary/compiled-file';
import { compileGlossary } from '../utils/glossary/compiled-glossary';

/** The packs in `dataDir`, read from disk and checked against the schema. */
export function readPacksFromDisk(dataDir: string): LoadedPacks {
  const metas: Record<string, Record<string, unknown>> = {};
  const entryFiles: Record<string, unknown> = {};
  for (const folder of readdirSync(dataDir, { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    for (const file of readdirSync(path.join(dataDir, folder.name))) {
      if (!file.endsWith('.json')) continue;
      const key = `${folder.name}/${file}`;
      const json = JSON.parse(readFileSync(path.join(dataDir, key), 'utf8')) as Record<string, unknown>;
      if (file === 'pack.json') metas[key] = json;
      else entryFiles[key] = json.entries;
    }
  }
  return assemblePacks(metas, entryFiles);
}

export function compileGlossaryFile(dataDir: string, outFile: string): { entries: number; bytes: number } {
  const { packs, problems } = readPacksFromDisk(dataDir);
  if (problems.length) throw new Error(`The glossary has problems:\n  ${problems.join('\n  ')}`);
  const bytes = encodeCompiledGlossary(compileGlossary(packs));
  mkdirSync(path.dirname(outFile), { recursive: true });
  writeFileSync(outFile, bytes);
  return { entries: packs.reduce((n, p) => n + p.entries.length, 0), bytes: bytes.length };
}
