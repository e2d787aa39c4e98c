import Fuse, { type FuseIndex, type IFuseOptions, type RangeTuple } from 'fuse.js';
import { SEARCH_CACHE_SIZE, SEARCH_CANDIDATE_CAP } from '../constants';
import { CandidateFilter } from './candidate-filter';

/** One string of the list that fuse matched. */
export interface FuzzyHit {
  /** Index of the string in the list given. */
  index: number;
  /** Fuse's score: 0 = equal, 1 = no match. */
  score: number;
  /** Matched characters, as fuse's inclusive ranges (empty unless the list was asked for them). */
  indices: readonly RangeTuple[];
}

// Room for a typo or a transliteration every few letters ("chamen", "talibn") without much noise.
export const FUZZY_THRESHOLD = 0.35;

const OPTIONS: IFuseOptions<string> = {
  includeScore: true,
  // A name may come second ("Operation Zarb-e-Azb"), a word may be a prefix typed so far: match anywhere.
  ignoreLocation: true,
  threshold: FUZZY_THRESHOLD,
  // Patterns and strings both arrive folded (lower case, no diacritics): fuse need not fold them again,
  // which on every string at every keystroke was much of its time.
  isCaseSensitive: true,
  ignoreDiacritics: false,
};

/** The most edits fuse accepts in a pattern this long: errors / length may not pass the threshold. */
export function maxErrors(length: number): number {
  let errors = 0;
  while ((errors + 1) / length <= FUZZY_THRESHOLD) errors++;
  return errors;
}

/**
 * A fixed list of folded strings searched with fuse, each pattern only against the candidates the
 * filter lets through; answers are remembered, as typing repeats earlier words.
 */
export class FuzzyList {
  private readonly order: number[];
  private readonly sorted: string[];
  /** Fuse's index of the whole list, built once; each search hands fuse the candidates' records only. */
  private readonly records: ReturnType<FuseIndex<string>['toJSON']>['records'];
  private readonly filter: CandidateFilter;
  private readonly cache = new Map<string, FuzzyHit[]>();
  private readonly options: IFuseOptions<string>;

  /** `withIndices`: whether hits say which characters matched (it costs fuse a little per string). */
  constructor(texts: readonly string[], withIndices = false) {
    this.options = { ...OPTIONS, includeMatches: withIndices };
    // Shortest first, so that of equally likely candidates the closer to the pattern are kept.
    this.order = texts.map((_, i) => i).sort((a, b) => texts[a]!.length - texts[b]!.length);
    this.sorted = this.order.map((i) => texts[i]!);
    this.records = Fuse.createIndex([], this.sorted).toJSON().records;
    this.filter = new CandidateFilter(this.sorted);
  }

  /** Forgets remembered answers (after the warm-up, so no measured keystroke is answered from it). */
  clearCache(): void {
    this.cache.clear();
  }

  search(pattern: string): FuzzyHit[] {
    const cached = this.cache.get(pattern);
    if (cached) return cached;
    const ids = this.filter.candidates(pattern, maxErrors(pattern.length), SEARCH_CANDIDATE_CAP);
    const index = Fuse.parseIndex<string>({ keys: [], records: ids.map((id) => this.records[id]!) });
    const hits = new Fuse(this.sorted, this.options, index)
      .search(pattern)
      .map(({ refIndex, score = 1, matches }) => ({
        index: this.order[refIndex]!,
        score,
        indices: matches?.[0]?.indices ?? [],
      }));
    if (this.cache.size >= SEARCH_CACHE_SIZE) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(pattern, hits);
    return hits;
  }
}
