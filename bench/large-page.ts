import { escapeHtml } from '../e2e/support/article-page';
import { corpusText } from '../tests/support/corpus';
import { ARTICLE_TEXT } from '../tests/support/must-have-terms';

/** Markup the article's paragraphs are wrapped in, in turn, so the page is not one uniform shape. */
const WRAPPERS: ((text: string) => string)[] = [
  (t) => `<p>${t}</p>`,
  (t) => `<div class="para"><span>${t}</span></div>`,
  (t) => `<blockquote><p><em>${t}</em></p></blockquote>`,
  (t) => `<ul><li>${t.split('. ').join('.</li><li>')}</li></ul>`,
  (t) => `<section><h3>Update</h3><p>${t.replace(/ the /g, ' <a href="#">the</a> ')}</p></section>`,
];

/**
 * The benchmark's large page: the article the project grew from, repeated with varied markup until
 * the page holds at least minChars characters of text and minTextNodes text nodes.
 */
export function largePageHtml(minChars = 300_000, minTextNodes = 3_000): string {
  const paragraphs = corpusText(ARTICLE_TEXT)
    .split('\n')
    .map((p) => p.trim())
    .filter(Boolean)
    .map(escapeHtml);
  const parts: string[] = [];
  let chars = 0;
  let nodes = 0;
  for (let i = 0; chars < minChars || nodes < minTextNodes; i++) {
    const html = WRAPPERS[i % WRAPPERS.length]!(paragraphs[i % paragraphs.length]!);
    parts.push(html);
    chars += paragraphs[i % paragraphs.length]!.length;
    nodes += (html.match(/>[^<]+</g) ?? []).length;
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Large live blog</title></head>
<body><main><h1>Live: Pakistan–Afghanistan talks</h1>${parts.join('\n')}</main></body></html>`;
}
