import { storage } from 'wxt/utils/storage';
import { decodeCompiledGlossary } from '../glossary/compiled-file';
import type { CompiledGlossary } from '../glossary/compiled-glossary';
import { fetchBundledGlossary } from '../glossary/fetch-compiled';
import { READER_GLOSSARY_KEY } from '../glossary/stored-compiled';
import { getOwnTerms, watchOwnTerms } from '../own-terms/store';
import { getImportedPacks, watchImportedPacks } from '../packs/store';
import { explainWriteFailure } from '../storage/write-errors';
import { readerPacks } from './reader-packs';
import { compileReaderGlossary, readerGlossarySource, type StoredReaderGlossary } from './compile';

/** Written by the background alone; read by content scripts (utils/glossing/stored-state.ts). */
const readerGlossaryItem = storage.defineItem<StoredReaderGlossary | null>(`local:${READER_GLOSSARY_KEY}`, {
  fallback: null,
});

let bundledGlossary: Promise<CompiledGlossary | null> | undefined;

/**
 * The bundled glossary, read once per background start (it changes only with the extension), for its
 * context to be joined into the reader's copy. Null when it cannot be read: the copy is then stored
 * unjoined and pages join the two themselves, so the reader's terms still work.
 */
export function bundledForJoin(): Promise<CompiledGlossary | null> {
  bundledGlossary ??= fetchBundledGlossary()
    .then(decodeCompiledGlossary)
    .catch(() => null);
  return bundledGlossary;
}

/**
 * Compiles the reader's glossary (own terms and imported packs, switched on or off alike: the reader's
 * switches apply when pages match) again when what it is made of has changed since it was stored, the
 * bundled glossary it is joined with included (an update brings a new one).
 */
export async function refreshReaderGlossary(
  readBundled: () => Promise<CompiledGlossary | null> = bundledForJoin,
): Promise<void> {
  const [ownTerms, imported, bundled] = await Promise.all([getOwnTerms(), getImportedPacks(), readBundled()]);
  const packs = readerPacks(ownTerms, imported);
  const stored = await readerGlossaryItem.getValue();
  const source = readerGlossarySource(packs, bundled);
  if (stored?.source === source) return;
  const compiled = await compileReaderGlossary(packs, bundled, source);
  if (compiled) await explainWriteFailure(() => readerGlossaryItem.setValue(compiled));
  else if (stored) await readerGlossaryItem.removeValue();
}

/**
 * Why the last compile could not be stored (the browser's storage full, most likely), for the options
 * page to say; null once a compile is stored. Without it a pack would be listed but never matched.
 */
const problemItem = storage.defineItem<string | null>('local:readerGlossaryProblem', { fallback: null });

export const getReaderGlossaryProblem = (): Promise<string | null> => problemItem.getValue();
export const watchReaderGlossaryProblem = (onChange: (problem: string | null) => void): (() => void) =>
  problemItem.watch(onChange);

async function refreshAndReport(): Promise<void> {
  try {
    await refreshReaderGlossary();
    if (await problemItem.getValue()) await problemItem.removeValue();
  } catch (error) {
    await problemItem.setValue(error instanceof Error ? error.message : String(error));
    throw error;
  }
}

/** The background's part of keeping the compiled copy current. */
export interface ReaderGlossaryKeeper {
  /**
   * Compiles again if anything changed unseen: run when the extension is installed or updated (a new
   * bundled glossary, maybe a new format) and when the browser starts, not at every wake of the
   * background (a Chromium service worker wakes for every message after 30 s idle).
   */
  refresh(): void;
  stop(): void;
}

/**
 * Follows every change of the reader's terms and imported packs, one compile at a time, in order.
 * Registering costs nothing: a background woken for a message reads and fingerprints no packs.
 */
export function keepReaderGlossaryCompiled(
  onError: (error: unknown) => void = console.error,
): ReaderGlossaryKeeper {
  let queue = Promise.resolve();
  const refresh = () => {
    queue = queue.then(refreshAndReport).catch(onError);
  };
  const stops = [watchOwnTerms(refresh), watchImportedPacks(refresh)];
  return { refresh, stop: () => stops.forEach((stop) => stop()) };
}
