import type { CueHit } from '@/utils/matcher/find-terms';
import type { ContextData } from '@/utils/resolver/context-data';
import { resolveScope } from '@/utils/resolver/resolve-scope';
import type { Occurrence } from './occurrences';

/**
 * What counts as "the article" for second references: the nearest article or main region around a
 * block, so a live blog's items or a home page's stories do not lend each other names; the whole page
 * where a site marks up neither.
 */
const SCOPE_SELECTOR = 'article, main, [role="article"], [role="main"]';

/**
 * Resolves the occurrences found on a page, article by article in reading order, and keeps the
 * reader's choices of sense for this page (for as long as it is open).
 */
export class PageResolver {
  private readonly scopeOf = new WeakMap<Element, Element>();
  private readonly choices = new Map<string, string>();

  constructor(private readonly data: ContextData) {}

  /** The reader picked `entryId` for a mention: every mention of the same form on the page follows. */
  choose(occurrence: Occurrence, entryId: string): void {
    if (occurrence.mention) this.choices.set(occurrence.mention.form, entryId);
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
    for (const { occurrences, cues } of scopes.values()) {
      if (!occurrences.length) continue;
      const mentions = occurrences.map((o) => o.mention!);
      resolveScope(mentions, cues, this.data, this.choices).forEach((resolution, i) => {
        const occurrence = occurrences[i]!;
        occurrence.entryId = resolution.entryId ?? '';
        occurrence.why = resolution.why;
        occurrence.others = resolution.others;
      });
    }
    return ordered.filter((o) => o.entryId);
  }

  private scope(block: Element): Element {
    let scope = this.scopeOf.get(block);
    if (!scope) this.scopeOf.set(block, (scope = block.closest(SCOPE_SELECTOR) ?? document.body ?? block));
    return scope;
  }
}
