import { storage } from 'wxt/utils/storage';
import { READER_GLOSSARY_KEY } from '../glossary/stored-compiled';
import { getOwnTerms, watchOwnTerms } from '../own-terms/store';
import { getImportedPacks, watchImportedPacks } from '../packs/store';
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
  const compiled = compileReaderGlossary(packs);
  if (compiled) await readerGlossaryItem.setValue(compiled);
  else if (stored) await readerGlossaryItem.removeValue();
}

/**
 * The background's part: keeps the compiled copy current at start (an update may change the format)
 * and after every change of the reader's terms or imported packs, one compile at a time, in order.
 */
export function keepReaderGlossaryCompiled(onError: (error: unknown) => void = console.error): () => void {
  let queue = Promise.resolve();
  const refresh = () => {
    queue = queue.then(refreshReaderGlossary).catch(onError);
  };
  refresh();
  const stops = [watchOwnTerms(refresh), watchImportedPacks(refresh)];
  return () => stops.forEach((stop) => stop());
}
