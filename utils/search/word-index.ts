import { normaliseText } from '../matcher/normalise';
import { FuzzyList } from './fuzzy-list';
import { wordsOf } from './words';

/** One text field of one document, as written. */
export interface FieldText {
  doc: number;
  field: number;
  text: string;
}

/** A field in which every word of the query matched one of its words. */
export interface FieldMatch {
  /** The field's place in the index. */
  at: number;
  doc: number;
  field: number;
  /** Mean of each query word's best fuse score among the field's words, weighted by the query word's length. */
  score: number;
  /** How many words the field has: a match in a long text says less (fuse's field norm). */
  wordCount: number;
}

export interface TextMatches {
  fields: FieldMatch[];
  /** [start, endExclusive] ranges into the field's text of the best-matching words, for fields kept with ranges. */
  ranges(match: FieldMatch): [number, number][];
}

/** Fuse never scores a fuzzy match below this; a word equal to the query word is not the field equal to it. */
const MIN_WORD_SCORE = 0.001;

interface Field {
  doc: number;
  field: number;
  wordCount: number;
  /** Only for fields whose ranges are wanted: each word's vocabulary id and folded offset, in pairs. */
  words?: number[];
  /** Folded offset → source offsets, likewise. */
  sourceStart?: Int32Array;
  sourceEnd?: Int32Array;
}

/** What one query word matched: per vocabulary id, fuse's score and ranges within the word. */
type Hits = Map<number, { score: number; indices: readonly (readonly [number, number])[] }>;

/**
 * Long texts indexed as their vocabulary: fuse searches the few thousand distinct words (after the
 * candidate filter, a few hundred at most) instead of scanning every summary, context and note, and each
 * matched word leads back to the fields that have it.
 */
export class WordIndex {
  private readonly fields: Field[] = [];
  /** Per distinct word, the fields (indices into `fields`) that have it, each once. */
  private readonly fieldsOf: number[][] = [];
  private readonly vocabulary: FuzzyList;

  constructor(texts: Iterable<FieldText>, rangeFields: ReadonlySet<number> = new Set()) {
    const ids = new Map<string, number>();
    for (const { doc, field, text } of texts) {
      const normal = normaliseText(text);
      const words = wordsOf(normal.folded);
      if (words.length === 0) continue;
      const at = this.fields.length;
      const kept: Field = { doc, field, wordCount: words.length };
      if (rangeFields.has(field)) {
        // normaliseText's offset map reads scratch space the next call overwrites: copy it out.
        const length = normal.folded.length;
        kept.words = [];
        kept.sourceStart = Int32Array.from({ length }, (_, i) => normal.sourceStart(i));
        kept.sourceEnd = Int32Array.from({ length }, (_, i) => normal.sourceEnd(i));
      }
      this.fields.push(kept);
      for (const word of words) {
        let id = ids.get(word.text);
        if (id === undefined) {
          id = ids.size;
          ids.set(word.text, id);
          this.fieldsOf.push([]);
        }
        const having = this.fieldsOf[id]!;
        if (having[having.length - 1] !== at) having.push(at);
        kept.words?.push(id, word.start);
      }
    }
    this.vocabulary = new FuzzyList([...ids.keys()], rangeFields.size > 0);
  }

  clearCache(): void {
    this.vocabulary.clearCache();
  }

  /** Fields matching every one of `queryWords` (folded), each with its score. */
  match(queryWords: readonly string[]): TextMatches {
    const hits: Hits[] = queryWords.map(
      (word) => new Map(this.vocabulary.search(word).map(({ index, ...hit }) => [index, hit])),
    );
    // Per field, each query word's best score so far (1: none yet); fields the first word reached.
    const count = queryWords.length;
    const best = new Float64Array(this.fields.length * count).fill(1);
    const reached: number[] = [];
    hits.forEach((wordHits, q) => {
      for (const [id, { score }] of wordHits) {
        const floored = Math.max(MIN_WORD_SCORE, score);
        for (const at of this.fieldsOf[id]!) {
          // Only fields the first word reached can match them all.
          if (q === 0 && best[at * count] === 1) reached.push(at);
          else if (q > 0 && best[at * count] === 1) continue;
          if (floored < best[at * count + q]!) best[at * count + q] = floored;
        }
      }
    });

    const totalLength = queryWords.reduce((sum, word) => sum + word.length, 0);
    const fields: FieldMatch[] = [];
    for (const at of reached) {
      let score = 0;
      for (let q = 0; q < count && score < Infinity; q++) {
        const wordScore = best[at * count + q]!;
        score = wordScore < 1 ? score + wordScore * queryWords[q]!.length : Infinity;
      }
      if (score === Infinity) continue;
      const { doc, field, wordCount } = this.fields[at]!;
      fields.push({ at, doc, field, score: score / totalLength, wordCount });
    }
    // Ranges are worked out only for the few results shown.
    const ranges = (match: FieldMatch) =>
      sourceRanges(this.fields[match.at]!, hits, best.subarray(match.at * count, match.at * count + count));
    return { fields, ranges };
  }
}
/** Where in the field's source text each query word's best-scoring words matched. */
function sourceRanges(field: Field, hits: readonly Hits[], best: Float64Array): [number, number][] {
  const { words, sourceStart, sourceEnd } = field;
  if (!words || !sourceStart || !sourceEnd) return [];
  const ranges: [number, number][] = [];
  for (let i = 0; i < words.length; i += 2) {
    const [id, start] = [words[i]!, words[i + 1]!];
    hits.forEach((wordHits, q) => {
      const hit = wordHits.get(id);
      if (!hit || Math.max(MIN_WORD_SCORE, hit.score) !== best[q]) return;
      // Fuse's ranges are inclusive and within the word; the result's are end-exclusive, in the source.
      for (const [from, to] of hit.indices) ranges.push([sourceStart[start + from]!, sourceEnd[start + to]!]);
    });
  }
  return ranges;
}
