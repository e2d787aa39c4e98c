import type { Pack } from '../glossary/types';
import { ownPack, type OwnTerm } from '../own-terms/own-term';

/** The reader's glossary: their own terms as a pack, then the packs they imported, in import order. */
export function readerPacks(ownTerms: readonly OwnTerm[], imported: readonly Pack[]): Pack[] {
  return [ownPack(ownTerms), ...imported];
}
