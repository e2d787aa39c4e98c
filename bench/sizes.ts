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

/** Sizes of what the build ships, raw and gzipped. */
export function sizes(): BenchResults['size'] {
  const chunks = path.join(chromeExtensionDir, 'chunks');
  const popupChunk = readdirSync(chunks).find((f) => f.startsWith('popup-'))!;
  const dataFiles = readdirSync(path.join(repoRoot, 'data/af-pak')).map((f) =>
    readFileSync(path.join(repoRoot, 'data/af-pak', f)),
  );
  const data = Buffer.concat(dataFiles);
  return {
    contentScript: fileSize(path.join(chromeExtensionDir, 'content-scripts/content.js')),
    popup: fileSize(path.join(chunks, popupChunk)),
    glossaryData: { raw: data.length, gzip: gzipSync(data).length },
    compiledGlossary: fileSize(path.join(chromeExtensionDir, COMPILED_GLOSSARY_FILE)),
  };
}
