import type { ContextData, SenseCues } from './context-data';
import type { Why } from './why';

/**
 * What the article as a whole says for each sense (its entries and cue words): the same for every
 * mention of the article, so worked out once per entry, not once per mention.
 */
export class ArticleCues {
  private readonly memo = new Map<string, Why[]>();

  constructor(
    private readonly present: ReadonlyMap<string, number>,
    /** Entries a mention was read as by one of their own spellings ("Talks in Doha" with its cues). */
    private readonly named: ReadonlySet<string>,
    private readonly cueWords: ReadonlyMap<string, ReadonlySet<string>>,
    private readonly data: ContextData,
    /** The page's date, YYYY-MM, or '' where it gives none. */
    private readonly published = '',
  ) {}

  /** Whether `form` may take a sense whose descriptions hold only in certain months, in this article. */
  datedFor(months: SenseCues['published'], form: string): boolean {
    if (!months || !isDated(months, form)) return true;
    if (this.published) return this.published >= months[0] && this.published <= months[1];
    return this.namesEventOf(months);
  }

  /**
   * An undated page that names an event of those months by its own name ("the Doha ceasefire") was
   * written after it began: its other descriptions of that time ("the clashes") count as dated.
   */
  private namesEventOf([from, to]: NonNullable<SenseCues['published']>): boolean {
    for (const key of this.present.keys()) {
      const start = this.data.cues[key]?.published?.[0];
      if (start && start >= from && start <= to) return true;
    }
    return false;
  }

  /** Whether the entry is named plainly (by a spelling that is its own) somewhere in the article. */
  names(key: string): boolean {
    return this.present.has(key) || this.named.has(key);
  }

  /**
   * Of several entries the article names, the one it names most, more than twice as often as any
   * other ("the 27th Amendment" three times, "unlike the 26th Amendment" once): its subject.
   */
  mostNamed(keys: readonly string[]): string | undefined {
    const [top, next] = keys.map((k) => [k, this.present.get(k) ?? 0] as const).sort((a, b) => b[1] - a[1]);
    return top && (!next || top[1] > 2 * next[1]) ? top[0] : undefined;
  }

  /** The article grew: what it says for each sense is worked out again when next asked. */
  clear(): void {
    this.memo.clear();
  }

  support(key: string): Why[] {
    let found = this.memo.get(key);
    if (!found) {
      found = [];
      if (this.present.has(key)) found.push({ kind: 'entry', entryId: key });
      for (const id of this.data.cues[key]?.entries ?? [])
        if (this.present.has(id)) found.push({ kind: 'entry', entryId: id });
      for (const word of this.cueWords.get(key) ?? []) found.push({ kind: 'word', word });
      this.memo.set(key, found);
    }
    return found;
  }
}

/** Whether a form takes its sense only in certain months: one of the dated forms, or "the" and one. */
export const isDated = (months: SenseCues['published'], form: string): boolean =>
  !!months && (months[2].includes(form) || months[2].includes(form.replace(/^the /, '')));

/** Counts one more of `key`. */
export const addOne = (counts: Map<string, number>, key: string) =>
  counts.set(key, (counts.get(key) ?? 0) + 1);

/** Adds `value` to the list kept under `key`, in place. */
export const addTo = <T>(lists: Map<string, T[]>, key: string, value: T) => {
  const list = lists.get(key);
  if (list) list.push(value);
  else lists.set(key, [value]);
};
