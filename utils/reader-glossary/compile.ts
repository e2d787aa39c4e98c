import { encodeCompiledGlossary, FORMAT_VERSION } from '../glossary/compiled-file';
import { compileGlossary } from '../glossary/compiled-glossary';
import type { Pack } from '../glossary/types';

/** The reader's glossary as stored: the compiled file in base64, and what it was compiled from. */
export interface StoredReaderGlossary {
  data: string;
  /** A fingerprint of the packs and the file format: equal means the stored copy is current. */
  source: string;
}

/**
 * Compiles the reader's packs (their own terms) once, the way the build compiles the bundled glossary,
 * so pages load arrays instead of building a matcher each. Null when there is nothing to match.
 */
export function compileReaderGlossary(packs: readonly Pack[]): StoredReaderGlossary | null {
  if (!packs.some((pack) => pack.entries.length)) return null;
  return {
    data: toBase64(encodeCompiledGlossary(compileGlossary(packs))),
    source: readerGlossarySource(packs),
  };
}

/** FNV-1a over the packs' JSON and the file format version. */
export function readerGlossarySource(packs: readonly Pack[]): string {
  const text = `${FORMAT_VERSION}:${JSON.stringify(packs)}`;
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return `${FORMAT_VERSION}-${text.length}-${(hash >>> 0).toString(16)}`;
}

/** Bytes as base64, in chunks: String.fromCharCode takes a bounded number of arguments. */
function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
