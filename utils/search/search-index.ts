import Fuse, { type IFuseOptions } from 'fuse.js';
import type { Entry } from '../glossary/types';
import { normalisePattern } from '../matcher/normalise';
import type { Note } from '../notes/note';

export interface SearchResult {
  entry: Entry;
  /** 0 = perfect, 1 = no match (fuse score). */
  score: number;
  /** Where the query matched in entry.summary, as [start, endExclusive] ranges into entry.summary; empty if the summary did not match. */
  summaryMatches: [number, number][];
  /** True when the match came (also) from the reader's note. */
  inNote: boolean;
}

export interface SearchIndex {
  search(query: string, limit?: number): SearchResult[];
  /** Replace the notes the index knows (called when notes change; not per keystroke). */
  setNotes(notes: readonly Note[]): void;
}

/** What fuse indexes of one entry besides its names. */
interface Doc {
  entry: Entry;
  summary: string;
  context: string;
  note: string;
}

const DEFAULT_LIMIT = 20;

// Names outweigh everything: a reader typing a term wants its entry, not entries that mention it.
// The reader's own note sits between names and the summary; the long context counts least.
const NAME_WEIGHT = 6;
const TEXT_KEYS = [
  { name: 'note', weight: 3 },
  { name: 'summary', weight: 1 },
  { name: 'context', weight: 0.5 },
];
const TEXT_WEIGHT = TEXT_KEYS.reduce((sum, key) => sum + key.weight, 0);
const TOTAL_WEIGHT = NAME_WEIGHT + TEXT_WEIGHT;

const COMMON: IFuseOptions<unknown> = {
  includeScore: true,
  // Summaries and notes are long, and a name may come second ("Operation Zarb-e-Azb"): match anywhere.
  ignoreLocation: true,
  // The query is folded like the names, but summary, context and note are indexed as written.
  ignoreDiacritics: true,
  // Room for a typo or a transliteration every few letters ("chamen", "talibn") without much noise.
  threshold: 0.35,
};

/** The matcher's normal form (lower case, diacritics stripped, hyphens and dashes as spaces). */
function fold(text: string): string {
  return normalisePattern(text, false);
}

export function createSearchIndex(entries: Iterable<Entry>, notes: readonly Note[] = []): SearchIndex {
  const list = [...entries];

  // Names get their own index, one record per spelling, and an entry counts only its best one: fuse
  // multiplies in every matching element of an array, which would let entries with many aliases
  // sharing a word ("Chaman crossing", "Chaman border"…) outrank the entry that is just that word.
  const spellings: string[] = [];
  const owners: number[] = [];
  list.forEach((entry, i) => {
    for (const spelling of new Set([entry.headword, ...entry.aliases, ...entry.abbreviations].map(fold))) {
      spellings.push(spelling);
      owners.push(i);
    }
  });
  const names = new Fuse(spellings, COMMON);
  const texts = new Fuse<Doc>([], { ...COMMON, keys: TEXT_KEYS, includeMatches: true });

  // Notes only change the text index; it is rebuilt here, never in search.
  function setNotes(next: readonly Note[]): void {
    const byEntry = new Map(next.map((note) => [note.entryId, note.text]));
    texts.setCollection(
      list.map((entry) => ({
        entry,
        summary: entry.summary,
        context: entry.context,
        note: byEntry.get(entry.id) ?? '',
      })),
    );
  }
  setNotes(notes);

  function search(query: string, limit = DEFAULT_LIMIT): SearchResult[] {
    const folded = fold(query);
    if (folded === '' || limit <= 0) return [];
    // Same arithmetic as one fuse over all keys: the product of each part's score to its weight.
    const nameScores = new Map<number, number>();
    for (const { refIndex, score = 1 } of names.search(folded)) {
      // Of names containing the query, the shorter is the likelier answer ("durand": Durand Line
      // before Durand Treaty), so scale by how much longer than the query the name is.
      const longer = Math.max(1, spellings[refIndex]!.length / folded.length);
      const owner = owners[refIndex]!;
      nameScores.set(owner, Math.min(score * longer, nameScores.get(owner) ?? 1));
    }
    const results = new Map<number, SearchResult>();
    for (const [i, score] of nameScores) {
      results.set(i, {
        entry: list[i]!,
        score: score ** (NAME_WEIGHT / TOTAL_WEIGHT),
        summaryMatches: [],
        inNote: false,
      });
    }
    // Ranges of one letter are scattered noise, unless the query is one letter.
    const minRange = Math.min(2, folded.length);
    for (const { item, refIndex, score = 1, matches = [] } of texts.search(folded)) {
      const summaryMatches: [number, number][] = [];
      for (const match of matches) {
        if (match.key !== 'summary') continue;
        for (const [start, end] of match.indices) {
          // Fuse ranges are inclusive; the contract's are end-exclusive.
          const stop = Math.min(end + 1, item.summary.length);
          if (stop - start >= minRange) summaryMatches.push([start, stop]);
        }
      }
      const nameScore = results.get(refIndex)?.score ?? 1;
      results.set(refIndex, {
        entry: item.entry,
        score: nameScore * score ** (TEXT_WEIGHT / TOTAL_WEIGHT),
        summaryMatches,
        inNote: matches.some((match) => match.key === 'note'),
      });
    }
    return [...results.values()].sort((a, b) => a.score - b.score).slice(0, limit);
  }

  return { search, setNotes };
}
