import { decodeCompiledGlossary } from './compiled-file';
import type { CompiledGlossary } from './compiled-glossary';

/**
 * The reader's own glossary (their terms and imported packs, compiled by the background:
 * utils/reader-glossary/) as the content script reads it from storage: the compiled file's bytes in
 * base64, since Chrome's storage.local keeps JSON values only.
 */
export const READER_GLOSSARY_KEY = 'readerGlossary';

/** The stored compiled glossary, or null for none, another format version, or a damaged value. */
export function storedCompiledGlossary(value: unknown): CompiledGlossary | null {
  try {
    const data = (value as { data?: unknown } | null)?.data;
    if (typeof data !== 'string') return null;
    return decodeCompiledGlossary(Uint8Array.from(atob(data), (c) => c.charCodeAt(0)).buffer);
  } catch {
    return null;
  }
}
