/**
 * The build step behind the glossary the extension reads (wired in wxt.config.ts): reads the packs in
 * data/ from disk, refuses any schema problem (a broken entry must fail the build, not ship), compiles
 * the matcher into one binary file for the content script, and writes the checked entries as an index
 * and shards for the extension pages (utils/glossary/shelf-format.ts), none of which checks them again.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { assemblePacks, type LoadedPacks } from '../utils/glossary/assemble-packs';
import { encodeCompiledGlossary } from '../utils/glossary/compiled-file';
import { compileGlossary } from '../utils/glossary/compiled-glossary';
import { shelfIndexPath, shelfShardPath, shelve } from '../utils/glossary/shelf-format';
import type { Pack } from '../utils/glossary/types';

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

/** The packs in `dataDir`, every one checked; any problem fails the build. */
export function checkedPacks(dataDir: string): Pack[] {
  const { packs, problems } = readPacksFromDisk(dataDir);
  if (problems.length) throw new Error(`The glossary has problems:\n  ${problems.join('\n  ')}`);
  return packs;
}

/** Writes the shelf (index and shards) under `outDir`; returns the files written, relative to it. */
export function writeShelf(packs: readonly Pack[], outDir: string): string[] {
  const { index, shards } = shelve(packs);
  const files: [string, unknown][] = [
    [shelfIndexPath(), index],
    ...shards.map((list, s) => [shelfShardPath(s), list] as [string, unknown]),
  ];
  for (const [file, json] of files) {
    mkdirSync(path.dirname(path.join(outDir, file)), { recursive: true });
    writeFileSync(path.join(outDir, file), JSON.stringify(json));
  }
  return files.map(([file]) => file);
}

/** Compiles the matcher from checked packs and writes it as the content script's glossary file. */
export function writeCompiledGlossary(
  packs: readonly Pack[],
  outFile: string,
): { entries: number; bytes: number } {
  const bytes = encodeCompiledGlossary(compileGlossary(packs));
  mkdirSync(path.dirname(outFile), { recursive: true });
  writeFileSync(outFile, bytes);
  return { entries: packs.reduce((n, p) => n + p.entries.length, 0), bytes: bytes.length };
}
