import { useMemo } from 'preact/hooks';
import type { Entry, Pack } from '@/utils/glossary/types';
import { allEntries } from '@/utils/glossary/runtime-glossary';
import { getOwnTerms, watchOwnTerms } from '@/utils/own-terms/store';
import type { OwnTerm } from '@/utils/own-terms/own-term';
import { useStoredValue } from './use-stored-value';

const NO_OWN_TERMS: readonly OwnTerm[] = [];

/**
 * Every entry the reader can look up: the bundled packs and their own terms, rebuilt when the own
 * terms change (the bundled packs are fixed for a page's life).
 */
export function useAllEntries(bundled: readonly Pack[]): ReadonlyMap<string, Entry> {
  const [ownTerms] = useStoredValue<readonly OwnTerm[]>(getOwnTerms, watchOwnTerms, NO_OWN_TERMS);
  return useMemo(() => allEntries(bundled, ownTerms), [bundled, ownTerms]);
}
