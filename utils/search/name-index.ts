import type { Entry } from '../glossary/types';
import { fold } from './fold';
import { FuzzyList } from './fuzzy-list';

/**
 * Headwords, aliases and abbreviations, one string per spelling: the query is matched against each
 * spelling whole, so a typo may fall anywhere, even across words ("tehrik talibn").
 */
export class NameIndex {
  /** Per distinct spelling, the entries (indices) that have it. */
  private readonly owners: number[][] = [];
  private readonly spellings: string[] = [];
  private readonly list: FuzzyList;

  constructor(entries: readonly Entry[]) {
    const ids = new Map<string, number>();
    entries.forEach((entry, i) => {
      for (const spelling of new Set([entry.headword, ...entry.aliases, ...entry.abbreviations].map(fold))) {
        let id = ids.get(spelling);
        if (id === undefined) {
          id = this.spellings.length;
          ids.set(spelling, id);
          this.spellings.push(spelling);
          this.owners.push([]);
        }
        this.owners[id]!.push(i);
      }
    });
    this.list = new FuzzyList(this.spellings);
  }

  clearCache(): void {
    this.list.clearCache();
  }

  /** Per entry index, the score of its best spelling for the folded query (0 = perfect). */
  search(folded: string): Map<number, number> {
    // An entry counts only its best spelling: fuse multiplies in every matching element of an array,
    // which would let entries with many aliases sharing a word ("Chaman crossing", "Chaman border"…)
    // outrank the entry that is just that word.
    const scores = new Map<number, number>();
    for (const { index, score } of this.list.search(folded)) {
      // Of names containing the query, the shorter is the likelier answer ("durand": Durand Line
      // before Durand Treaty), so scale by how much longer than the query the name is.
      const longer = Math.max(1, this.spellings[index]!.length / folded.length);
      for (const owner of this.owners[index]!) {
        scores.set(owner, Math.min(score * longer, scores.get(owner) ?? 1));
      }
    }
    return scores;
  }
}
