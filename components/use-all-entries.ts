import { useMemo } from 'preact/hooks';
import type { Entry, Pack } from '@/utils/glossary/types';
import { allEntries } from '@/utils/glossary/runtime-glossary';
import { useReaderPacks } from './use-reader-packs';

/**
 * Every entry the reader can look up: the bundled packs, their own terms and the packs they imported,
 * rebuilt when the reader's change (the bundled packs are fixed for a page's life).
 */
export function useAllEntries(bundled: readonly Pack[]): ReadonlyMap<string, Entry> {
  const reader = useReaderPacks();
  return useMemo(() => allEntries([...bundled, ...reader]), [bundled, reader]);
}
