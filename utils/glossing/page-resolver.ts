import type { CueHit } from '@/utils/matcher/find-terms';
import type { ContextData } from '@/utils/resolver/context-data';
import { ScopeReading } from '@/utils/resolver/scope-reading';
import type { Occurrence } from './occurrences';
import { pageMonth } from './page-date';

/**
 * What counts as "the article" for second references: the nearest article or main region around a
 * block, so a live blog's items or a home page's stories do not lend each other names; the whole page
 * where a site marks up neither.
 */
const SCOPE_SELECTOR = 'article, main, [role="article"], [role="main"]';

/** An article's reading so far, and the occurrences and cue words it was read from. */
interface KeptReading {
  reading: ScopeReading;
  occurrences: Occurrence[];
  cues: CueHit[];
}

/**
 * Resolves the occurrences found on a page, article by article in reading order, and keeps the
 * reader's choices of sense for this page (for as long as it is open).
 */
export class PageResolver {
  private readonly scopeOf = new WeakMap<Element, Element>();
  private readonly choices = new Map<string, string>();
  /** Each article's reading so far, and what it was read from: a redraw reads only what was added. */
  private readings = new Map<Element, KeptReading>();
  /** The page's date (YYYY-MM or ''), read once: some senses hold only in stories of certain months. */
  private published?: string;

  constructor(private readonly data: ContextData) {}

  /** The reader picked `entryId` for a mention: every mention of the same form on the page follows. */
  choose(occurrence: Occurrence, entryId: string): void {
    if (!occurrence.mention) return;
    this.choices.set(occurrence.mention.form, entryId);
    this.readings.clear();
  }

  /** Sets each occurrence's entry (or '' for none) and reading; returns those glossed, in document order. */
  resolve(
    ordered: readonly Occurrence[],
    cuesByBlock: Iterable<readonly [Element, readonly CueHit[]]>,
  ): Occurrence[] {
    const scopes = new Map<Element, { occurrences: Occurrence[]; cues: CueHit[] }>();
    const group = (block: Element) => {
      const scope = this.scope(block);
      let found = scopes.get(scope);
      if (!found) scopes.set(scope, (found = { occurrences: [], cues: [] }));
      return found;
    };
    for (const occurrence of ordered) {
      // Made without a reading (tests): stays what it was matched as.
      if (occurrence.mention) group(occurrence.block).occurrences.push(occurrence);
    }
    // Every block's cue words count for its article, a paragraph without a term of its own included.
    for (const [block, cues] of cuesByBlock) if (cues.length) group(block).cues.push(...cues);
    const readings = new Map<Element, KeptReading>();
    for (const [scope, { occurrences, cues }] of scopes) {
      if (!occurrences.length) continue;
      const reading = this.extend(this.readings.get(scope), occurrences, cues);
      readings.set(scope, { reading, occurrences, cues });
      reading.resolutions.forEach((resolution, i) => {
        const occurrence = occurrences[i]!;
        occurrence.entryId = resolution.entryId ?? '';
        occurrence.why = resolution.why;
        occurrence.others = resolution.others;
        occurrence.part = resolution.part;
      });
    }
    this.readings = readings;
    return ordered.filter((o) => o.entryId);
  }

  /**
   * The article's reading, extended by what was added after what was read before (a scan in progress,
   * a live blog's new item), or read again from the start when anything else changed.
   */
  private extend(before: KeptReading | undefined, occurrences: Occurrence[], cues: CueHit[]): ScopeReading {
    if (before && startsWith(occurrences, before.occurrences) && startsWith(cues, before.cues)) {
      const added = occurrences.slice(before.occurrences.length).map((o) => o.mention!);
      if (before.reading.append(added, cues.slice(before.cues.length))) return before.reading;
    }
    const reading = new ScopeReading(this.data, this.choices, (this.published ??= pageMonth(document)));
    reading.append(
      occurrences.map((o) => o.mention!),
      cues,
    );
    return reading;
  }

  private scope(block: Element): Element {
    let scope = this.scopeOf.get(block);
    if (!scope) this.scopeOf.set(block, (scope = block.closest(SCOPE_SELECTOR) ?? document.body ?? block));
    return scope;
  }
}

/** Whether `list` begins with exactly the items of `head`, in order. */
function startsWith<T>(list: readonly T[], head: readonly T[]): boolean {
  if (head.length > list.length) return false;
  for (let i = 0; i < head.length; i++) if (list[i] !== head[i]) return false;
  return true;
}
