import { useStoredValue } from '@/components/use-stored-value';
import type { Pack } from '@/utils/glossary/types';
import { getImportedPacks, watchImportedPacks } from '@/utils/packs/store';
import { getReaderGlossaryProblem, watchReaderGlossaryProblem } from '@/utils/reader-glossary/store';

const NO_PACKS: readonly Pack[] = [];

/** The glossary packs the reader added from files, as stored, followed as they change. */
export function useImportedPacks(): readonly Pack[] {
  return useStoredValue<readonly Pack[]>(getImportedPacks, watchImportedPacks, NO_PACKS)[0];
}

/** Why the background could not store the reader's glossary compiled, or null (utils/reader-glossary/). */
export function useReaderGlossaryProblem(): string | null {
  return useStoredValue<string | null>(getReaderGlossaryProblem, watchReaderGlossaryProblem, null)[0];
}
