import { storage } from 'wxt/utils/storage';
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

/**
 * Compiles the reader's glossary (own terms and imported packs, switched on or off alike: the reader's
 * switches apply when pages match) again when what it is made of has changed since it was stored.
 */
export async function refreshReaderGlossary(): Promise<void> {
  const [ownTerms, imported] = await Promise.all([getOwnTerms(), getImportedPacks()]);
  const packs = readerPacks(ownTerms, imported);
  const stored = await readerGlossaryItem.getValue();
  if (stored?.source === readerGlossarySource(packs)) return;
  const compiled = await compileReaderGlossary(packs);
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

/**
 * The background's part: keeps the compiled copy current at start (an update may change the format)
 * and after every change of the reader's terms or imported packs, one compile at a time, in order.
 */
export function keepReaderGlossaryCompiled(onError: (error: unknown) => void = console.error): () => void {
  let queue = Promise.resolve();
  const refresh = () => {
    queue = queue.then(refreshAndReport).catch(onError);
  };
  refresh();
  const stops = [watchOwnTerms(refresh), watchImportedPacks(refresh)];
  return () => stops.forEach((stop) => stop());
}
