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
    const results = new Map<number, SearchResult>();
    const result = (doc: number) => {
      let found = results.get(doc);
      if (!found) {
        found = { entry: list[doc]!, score: 1, summaryMatches: [], inNote: false };
        results.set(doc, found);
      }
      return found;
    };
    // Same arithmetic as one fuse over all keys: the product of each part's score to its weight.
    for (const [doc, score] of names.search(folded))
      result(doc).score = score ** (NAME_WEIGHT / TOTAL_WEIGHT);

    const words = textWords(folded);
    if (words.length > 0) {
      const textScores = new Map<number, number>();
      // Ranges of one letter are scattered noise, unless the query is one letter.
      const minRange = Math.min(2, folded.length);
      for (const match of [...texts.match(words), ...noteTexts.match(words)]) {
        textScores.set(match.doc, (textScores.get(match.doc) ?? 1) * fieldFactor(match));
        const found = result(match.doc);
        if (match.field === NOTE) found.inNote = true;
        if (match.field === SUMMARY) {
          found.summaryMatches = match.ranges.filter(([start, end]) => end - start >= minRange);
        }
      }
      for (const [doc, score] of textScores) result(doc).score *= score ** (TEXT_WEIGHT / TOTAL_WEIGHT);
    }
    return [...results.values()].sort((a, b) => a.score - b.score).slice(0, limit);
  }

  return { search, setNotes };
}
