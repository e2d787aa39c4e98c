import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromeExtensionDir, repoRoot } from '../e2e/support/paths';
import { COMPILED_GLOSSARY_FILE } from '../utils/glossary/compiled-file';
import type { BenchResults } from './results-schema';

function fileSize(file: string) {
  const data = readFileSync(file);
  return { raw: data.length, gzip: gzipSync(data).length };
}

/**
 * The popover page's scripts: its entry chunk and every chunk popover.html preloads (what every tab
 * with a marked term loads into its popover frame), each gzipped on its own as it is read.
 */
function popoverScript(): { raw: number; gzip: number } {
  const html = readFileSync(path.join(chromeExtensionDir, 'popover.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/(chunks\/[^"]+\.js)"/g)].map((m) => m[1]!);
  const parts = files.map((f) => fileSize(path.join(chromeExtensionDir, f)));
  return {
    raw: parts.reduce((sum, p) => sum + p.raw, 0),
    gzip: parts.reduce((sum, p) => sum + p.gzip, 0),
  };
}

/** Sizes of what the build ships, raw and gzipped. */
export function sizes(): BenchResults['size'] {
  const chunks = path.join(chromeExtensionDir, 'chunks');
  const popupChunk = readdirSync(chunks).find((f) => f.startsWith('popup-'))!;
  const dataFiles = readdirSync(path.join(repoRoot, 'data'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => {
      const dir = path.join(repoRoot, 'data', d.name);
      return readdirSync(dir).map((f) => readFileSync(path.join(dir, f)));
    });
  const data = Buffer.concat(dataFiles);
  return {
    contentScript: fileSize(path.join(chromeExtensionDir, 'content-scripts/content.js')),
    popup: fileSize(path.join(chunks, popupChunk)),
    glossaryData: { raw: data.length, gzip: gzipSync(data).length },
    compiledGlossary: fileSize(path.join(chromeExtensionDir, COMPILED_GLOSSARY_FILE)),
    popoverScript: popoverScript(),
  };
}
