import type { OwnTerm } from '@/utils/own-terms/own-term';

/** An own term for tests: "Bannu jirga" becomes id own-bannu-jirga, an event with a stock summary. */
export function ownTerm(headword: string, overrides: Partial<OwnTerm> = {}): OwnTerm {
  return {
    id: `own-${headword.toLowerCase().replace(/\s+/g, '-')}`,
    headword,
    aliases: [],
    abbreviation: false,
    category: 'event',
    summary: `${headword} is a term the reader added.`,
    createdAt: 1000,
    updatedAt: 1000,
    ...overrides,
  };
}
