import { ACTIVE_HIGHLIGHT, MARK_HIGHLIGHT, markCss } from '@/utils/glossing/mark-styles';
import type { Density, MarkStyle } from '@/utils/settings/store';
import { isHolderTitle, type Occurrence } from './occurrences';

/**
 * Marks terms with the CSS Custom Highlight API: the page's DOM is never changed (no wrapped text,
 * no inserted spans). The only addition is one stylesheet for the highlight styles.
 */
export class Highlights {
  private sheet: CSSStyleSheet | HTMLStyleElement | null = null;
  private style: MarkStyle = 'dotted';

  /** Switches the mark style at once, on marks already drawn too. */
  setStyle(style: MarkStyle): void {
    if (style === this.style) return;
    this.style = style;
    if (this.sheet instanceof HTMLStyleElement) this.sheet.textContent = markCss(style);
    else this.sheet?.replaceSync(markCss(style));
  }

  static get supported(): boolean {
    return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
  }

  /** Marks the chosen occurrences: the first visible one of each term, or all of them. */
  render(occurrences: readonly Occurrence[], density: Density): Occurrence[] {
    const chosen = density === 'all' ? [...occurrences] : firstOfEachTerm(occurrences);
    // After choosing: adding the stylesheet invalidates the page's style, and checkVisibility would
    // then recompute all of it at once (about 30 ms on a large news page in Chromium).
    this.ensureStyles();
    CSS.highlights.set(MARK_HIGHLIGHT, new Highlight(...chosen.map((o) => o.range)));
    return chosen;
  }

  setActive(occurrence: Occurrence | null): void {
    if (occurrence) CSS.highlights.set(ACTIVE_HIGHLIGHT, new Highlight(occurrence.range));
    else CSS.highlights.delete(ACTIVE_HIGHLIGHT);
  }

  clear(): void {
    CSS.highlights.delete(MARK_HIGHLIGHT);
    CSS.highlights.delete(ACTIVE_HIGHLIGHT);
  }

  destroy(): void {
    this.clear();
    if (this.sheet instanceof HTMLStyleElement) this.sheet.remove();
    else if (this.sheet) {
      const sheet = this.sheet;
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    }
    this.sheet = null;
  }

  private ensureStyles(): void {
    if (this.sheet) return;
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(markCss(this.style));
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      this.sheet = sheet;
    } catch {
      // Firefox content scripts cannot adopt a sheet built in their own compartment into the page
      // ("constructed in a different document"; likely https://bugzilla.mozilla.org/show_bug.cgi?id=1770592,
      // as Jonghakseo/chrome-extension-boilerplate-react-vite#174 found); one <style> in <head> does the same.
      const style = document.createElement('style');
      style.textContent = markCss(this.style);
      (document.head ?? document.documentElement).append(style);
      this.sheet = style;
    }
  }
}

/** The first occurrence of each entry that is rendered, falling back to the first at all. */
function firstOfEachTerm(occurrences: readonly Occurrence[]): Occurrence[] {
  const firstVisible = new Map<string, Occurrence>();
  const firstAny = new Map<string, Occurrence>();
  const visibility = new Map<Element, boolean>();
  for (const occurrence of occurrences) {
    if (isHolderTitle(occurrence)) continue;
    if (!firstAny.has(occurrence.entryId)) firstAny.set(occurrence.entryId, occurrence);
    if (firstVisible.has(occurrence.entryId)) continue;
    const parent = occurrence.nodes[0]!.parentElement;
    if (!parent) continue;
    let visible = visibility.get(parent);
    if (visible === undefined) {
      visible = isRendered(parent);
      visibility.set(parent, visible);
    }
    if (visible) firstVisible.set(occurrence.entryId, occurrence);
  }
  return [...firstAny.keys()].map((id) => firstVisible.get(id) ?? firstAny.get(id)!);
}

function isRendered(element: Element): boolean {
  // checkVisibility: Chromium 105+, Firefox 106+; it sees display:none, content-visibility and ancestors
  // (https://developer.mozilla.org/en-US/docs/Web/API/Element/checkVisibility).
  return typeof element.checkVisibility === 'function'
    ? element.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions)
    : true;
}
