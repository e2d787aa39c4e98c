import { useStoredValue } from '@/components/use-stored-value';
import type { Pack } from '@/utils/glossary/types';
import { getImportedPacks, watchImportedPacks } from '@/utils/packs/store';

const NO_PACKS: readonly Pack[] = [];

/** The glossary packs the reader added from files, as stored, followed as they change. */
export function useImportedPacks(): readonly Pack[] {
  return useStoredValue<readonly Pack[]>(getImportedPacks, watchImportedPacks, NO_PACKS)[0];
}
