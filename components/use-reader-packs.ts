import { useMemo } from 'preact/hooks';
import type { Pack } from '@/utils/glossary/types';
import type { OwnTerm } from '@/utils/own-terms/own-term';
import { getOwnTerms, watchOwnTerms } from '@/utils/own-terms/store';
import { getImportedPacks, watchImportedPacks } from '@/utils/packs/store';
import { readerPacks } from '@/utils/reader-glossary/reader-packs';
import { useStoredValue } from './use-stored-value';

const NO_OWN_TERMS: readonly OwnTerm[] = [];
const NO_PACKS: readonly Pack[] = [];

/** The glossary packs the reader added from files, as stored, followed as they change. */
export function useImportedPacks(): readonly Pack[] {
  return useStoredValue<readonly Pack[]>(getImportedPacks, watchImportedPacks, NO_PACKS)[0];
}

/** The reader's own terms and imported packs as packs, followed as they change in any part of NewsGloss. */
export function useReaderPacks(): readonly Pack[] {
  const [ownTerms] = useStoredValue<readonly OwnTerm[]>(getOwnTerms, watchOwnTerms, NO_OWN_TERMS);
  const imported = useImportedPacks();
  return useMemo(() => readerPacks(ownTerms, imported), [ownTerms, imported]);
}
