import { useEffect, useRef } from 'preact/hooks';
import { MARK_HIGHLIGHT, markCss } from '@/utils/glossing/mark-styles';
import type { MarkStyle } from '@/utils/settings/store';

const SAMPLE_BEFORE = 'Talks with the ';
const SAMPLE_TERM = 'Afghan Taliban';
const SAMPLE_AFTER = ' resumed in Istanbul.';

/** A sample sentence marked exactly as pages are: same highlight name, same stylesheet. */
export function MarkPreview({ style }: { style: MarkStyle }) {
  const textRef = useRef<HTMLSpanElement>(null);
  const sheetRef = useRef<CSSStyleSheet | null>(null);

  useEffect(() => {
    const node = textRef.current?.firstChild;
    if (!node || typeof Highlight !== 'function') return;
    const range = document.createRange();
    range.setStart(node, SAMPLE_BEFORE.length);
    range.setEnd(node, SAMPLE_BEFORE.length + SAMPLE_TERM.length);
    CSS.highlights.set(MARK_HIGHLIGHT, new Highlight(range));
    const created = new CSSStyleSheet();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, created];
    sheetRef.current = created;
    return () => {
      CSS.highlights.delete(MARK_HIGHLIGHT);
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== created);
    };
  }, []);

  useEffect(() => {
    sheetRef.current?.replaceSync(markCss(style));
  }, [style]);

  return (
    <p class="mark-preview" aria-label="Preview of the mark style">
      <span ref={textRef}>{`${SAMPLE_BEFORE}${SAMPLE_TERM}${SAMPLE_AFTER}`}</span>
    </p>
  );
}
