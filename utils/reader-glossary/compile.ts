import { encodeCompiledGlossary, FORMAT_VERSION } from '../glossary/compiled-file';
import { compileGlossary, type CompiledGlossary } from '../glossary/compiled-glossary';
import { fingerprint } from '../glossary/fingerprint';
import type { Pack } from '../glossary/types';
import { joinContextData } from '../resolver/join-context';

/** The reader's glossary as stored: the compiled file in base64, and what it was compiled from. */
export interface StoredReaderGlossary {
  data: string;
  /** A fingerprint of the packs and the file format: equal means the stored copy is current. */
  source: string;
}

/**
 * Compiles the reader's packs (their own terms and imported packs) once, the way the build compiles the
 * bundled glossary, so pages load arrays instead of building a matcher each; gzipped (about a fifth of
 * the size), so a page reads less from storage. With the bundled glossary at hand, the resolver's
 * context is stored joined with the bundled one, so pages need not join them: with a 5,000-entry pack
 * that join was the largest part of a page's start-up (bench: imported pack). Null when there is
 * nothing to match. `source`: the packs' fingerprint, when the caller has it already (it stringifies
 * every pack, megabytes for a large one).
 */
export async function compileReaderGlossary(
  packs: readonly Pack[],
  bundled: CompiledGlossary | null = null,
  source = readerGlossarySource(packs, bundled),
): Promise<StoredReaderGlossary | null> {
  if (!packs.some((pack) => pack.entries.length)) return null;
  const own = compileGlossary(packs);
  const compiled: CompiledGlossary = bundled?.stamp
    ? { ...own, context: joinContextData(bundled.context, own.context), joinedWith: bundled.stamp }
    : own;
  const zipped = new Blob([encodeCompiledGlossary(compiled)])
    .stream()
    .pipeThrough(new CompressionStream('gzip'));
  const bytes = new Uint8Array(await new Response(zipped).arrayBuffer());
  return { data: toBase64(bytes), source };
}

/** How the copy is stored: the file format, gzipped, in base64. A change here recompiles every copy. */
const STORED_AS = `${FORMAT_VERSION}gz`;

/** A fingerprint of the packs, how the copy is stored and the bundled context it is joined with. */
export function readerGlossarySource(
  packs: readonly Pack[],
  bundled: CompiledGlossary | null = null,
): string {
  const joined = bundled?.stamp ?? 'none';
  return `${STORED_AS}-${joined}-${fingerprint(`${STORED_AS}:${JSON.stringify(packs)}`)}`;
}

/** Bytes as base64, in chunks: String.fromCharCode takes a bounded number of arguments. */
function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
