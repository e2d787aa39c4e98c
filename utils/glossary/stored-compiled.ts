import { decodeCompiledGlossary } from './compiled-file';
import type { CompiledGlossary } from './compiled-glossary';

/**
 * The reader's own glossary (their terms and imported packs, compiled by the background:
 * utils/reader-glossary/) as the content script reads it from storage: the compiled file's bytes in
 * base64, since Chrome's storage.local keeps JSON values only.
 */
export const READER_GLOSSARY_KEY = 'readerGlossary';

/**
 * The stored compiled glossary, or null for none, another format version, or a damaged value. Stored
 * gzipped (a fifth of the size), so a page reads less from storage; the browser unzips it natively.
 * Unzipping checks gzip's CRC-32, so damage is caught here, not later when the file's lazily parsed
 * sections (compiled-file.ts) are first read.
 */
export async function storedCompiledGlossary(value: unknown): Promise<CompiledGlossary | null> {
  try {
    const data = (value as { data?: unknown } | null)?.data;
    if (typeof data !== 'string') return null;
    const unzipped = new Blob([fromBase64(data)]).stream().pipeThrough(new DecompressionStream('gzip'));
    return decodeCompiledGlossary(await new Response(unzipped).arrayBuffer());
  } catch {
    return null;
  }
}

/**
 * Base64 to bytes: the engine's own decoder where there is one (Uint8Array.fromBase64: Chrome 140,
 * Firefox 133), else atob and a loop; a per-character callback took hundreds of ms on a 4 MB pack.
 */
function fromBase64(data: string): Uint8Array<ArrayBuffer> {
  const native = (Uint8Array as { fromBase64?: (text: string) => Uint8Array<ArrayBuffer> }).fromBase64;
  if (native) return native(data);
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
