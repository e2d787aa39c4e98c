import type { Entry } from '../glossary/types';
import type { Note } from '../notes/note';
import { fold } from './fold';
import { NameIndex } from './name-index';
import { WordIndex, type FieldMatch } from './word-index';
import { wordsOf } from './words';

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

const DEFAULT_LIMIT = 20;

const SUMMARY = 0;
const CONTEXT = 1;
const NOTE = 2;

// Names outweigh everything: a reader typing a term wants its entry, not entries that mention it.
// The reader's own note sits between names and the summary; the long context counts least.
const NAME_WEIGHT = 6;
const FIELD_WEIGHTS: Record<number, number> = { [NOTE]: 3, [SUMMARY]: 1, [CONTEXT]: 0.5 };
const TEXT_WEIGHT = Object.values(FIELD_WEIGHTS).reduce((sum, weight) => sum + weight, 0);
const TOTAL_WEIGHT = NAME_WEIGHT + TEXT_WEIGHT;

/**
 * The words of a query looked up in the texts. Single letters say nothing next to longer words, and a
 * query of one letter would match most of every text: that is for the names alone.
 */
function textWords(folded: string): string[] {
  if (folded.length < 2) return [];
  const words = [...new Set(wordsOf(folded).map((word) => word.text))];
  const longer = words.filter((word) => word.length > 1);
  return longer.length > 0 ? longer : words;
}

/** Fuse's arithmetic over keys: each field's score to its share of the weight, less for longer fields. */
function fieldFactor({ field, score, wordCount }: FieldMatch): number {
  const norm = Math.round(1000 / Math.sqrt(wordCount)) / 1000;
  return score ** ((FIELD_WEIGHTS[field]! / TEXT_WEIGHT) * norm);
}

export function createSearchIndex(entries: Iterable<Entry>, notes: readonly Note[] = []): SearchIndex {
  const list = [...entries];
  const positions = new Map(list.map((entry, i) => [entry.id, i]));
  // Built once: only the notes' index is replaced when notes change.
  const names = new NameIndex(list);
  const texts = new WordIndex(
    list.flatMap((entry, doc) => [
      { doc, field: SUMMARY, text: entry.summary },
      { doc, field: CONTEXT, text: entry.context },
    ]),
    new Set([SUMMARY]),
  );
  let noteTexts = new WordIndex([]);

  function setNotes(next: readonly Note[]): void {
    noteTexts = new WordIndex(
      next.flatMap((note) => {
        const doc = positions.get(note.entryId);
        return doc === undefined ? [] : [{ doc, field: NOTE, text: note.text }];
      }),
    );
  }
  setNotes(notes);

  function search(query: string, limit = DEFAULT_LIMIT): SearchResult[] {
    const folded = fold(query);
    if (folded === '' || limit <= 0) return [];
    // Same arithmetic as one fuse over all keys: the product of each part's score to its weight.
    const scores = new Map<number, number>();
    for (const [doc, score] of names.search(folded)) scores.set(doc, score ** (NAME_WEIGHT / TOTAL_WEIGHT));

    const words = textWords(folded);
    const found = words.length > 0 ? [texts.match(words), noteTexts.match(words)] : [];
    const textScores = new Map<number, number>();
    const summaries = new Map<number, FieldMatch>();
    const inNotes = new Set<number>();
    for (const { fields } of found) {
      for (const match of fields) {
        textScores.set(match.doc, (textScores.get(match.doc) ?? 1) * fieldFactor(match));
        if (match.field === SUMMARY) summaries.set(match.doc, match);
        if (match.field === NOTE) inNotes.add(match.doc);
      }
    }
    for (const [doc, score] of textScores) {
      scores.set(doc, (scores.get(doc) ?? 1) * score ** (TEXT_WEIGHT / TOTAL_WEIGHT));
    }

    // Ranges of one letter are scattered noise, unless the query is one letter.
    const minRange = Math.min(2, folded.length);
    return [...scores]
      .sort((a, b) => a[1] - b[1])
      .slice(0, limit)
      .map(([doc, score]) => {
        const summary = summaries.get(doc);
        return {
          entry: list[doc]!,
          score,
          summaryMatches: summary
            ? found[0]!.ranges(summary).filter(([start, end]) => end - start >= minRange)
            : [],
          inNote: inNotes.has(doc),
        };
      });
  }

  // A few searches while the index is built, so the reader's first keystrokes do not pay for compiling
  // the search code (cold, it took up to 19 ms against under 1 ms warm: bench/search-node.ts). Typing
  // starts with one, two and three letters, each its own path (candidate filter without and with letter
  // pairs); several words with typos go through names, words of texts and notes, and fuse on each. The
  // answers are then forgotten: they would only be right by chance.
  for (const query of WARM_UP_QUERIES) search(query);
  names.clearCache();
  texts.clearCache();
  noteTexts.clearCache();
  return { search, setNotes };
}

// eslint-disable-next-line newsgloss/no-ui-literal -- queries run once to warm the index up, never shown
const WARM_UP_QUERIES = ['p', 'pa', 'pak', 'pakistn', 'talibn chamen azb'];
