import { useEffect, useRef } from 'preact/hooks';
import { MARK_HIGHLIGHT, markCss } from '@/utils/glossing/mark-styles';
import type { MarkStyle } from '@/utils/settings/store';
import { t } from '@/utils/i18n/t';

/** Stands in for the term while the sentence is read, so the sentence can be split where it goes. */
const TERM_SLOT = '\uE000';

/** The sample sentence, one message in the reader's language, and where in it the marked term sits. */
function sample(): { text: string; start: number; end: number } {
  const term = t('options_previewTerm');
  const [before = '', after = ''] = t('options_previewSentence', { term: TERM_SLOT }).split(TERM_SLOT);
  return { text: `${before}${term}${after}`, start: before.length, end: before.length + term.length };
}

/** A sample sentence marked exactly as pages are: same highlight name, same stylesheet. */
export function MarkPreview({ style }: { style: MarkStyle }) {
  const textRef = useRef<HTMLSpanElement>(null);
  const sheetRef = useRef<CSSStyleSheet | null>(null);

  useEffect(() => {
    const node = textRef.current?.firstChild;
    if (!node || typeof Highlight !== 'function') return;
    const { start, end } = sample();
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, end);
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
    <p class="mark-preview" aria-label={t('options_previewLabel')}>
      <span ref={textRef}>{sample().text}</span>
    </p>
  );
}
