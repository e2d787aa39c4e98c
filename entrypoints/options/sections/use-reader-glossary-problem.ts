import { useStoredValue } from '@/components/use-stored-value';
import { getReaderGlossaryProblem, watchReaderGlossaryProblem } from '@/utils/reader-glossary/store';

/** Why the background could not store the reader's glossary compiled, or null (utils/reader-glossary/). */
export function useReaderGlossaryProblem(): string | null {
  return useStoredValue<string | null>(getReaderGlossaryProblem, watchReaderGlossaryProblem, null)[0];
}
