import { withoutFrontMatter } from '../../tests/support/corpus';

/**
 * Turns a corpus text (plain paragraphs, or Markdown with front matter) into a realistic news page:
 * header, navigation, the article's paragraphs, an aside and a footer.
 */
export function articlePageHtml(title: string, text: string): string {
  const paragraphs = withoutFrontMatter(text)
    .split(/\n\s*\n|\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) =>
      p.startsWith('#') ? `<h2>${escapeHtml(p.replace(/^#+\s*/, ''))}</h2>` : `<p>${escapeHtml(p)}</p>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<style>
  body { font: 18px/1.6 Georgia, serif; margin: 0; color: #222; background: #fff; }
  header, footer { background: #123; color: #fff; padding: 12px 24px; }
  nav a { color: #fff; margin-right: 16px; }
  .layout { display: grid; grid-template-columns: minmax(0, 1fr) 240px; gap: 32px; max-width: 1040px; margin: 24px auto; padding: 0 24px; }
  aside { font-size: 14px; border-left: 1px solid #ccc; padding-left: 16px; }
</style>
</head>
<body>
<header><strong>The Daily Test</strong>
<nav aria-label="Sections"><a href="/">World</a><a href="/">Politics</a><a href="/">Business</a></nav></header>
<div class="layout">
<main><article><h1>${escapeHtml(title)}</h1>
${paragraphs}
</article></main>
<aside aria-label="Related"><h2>Most read</h2><ul><li><a href="/">Markets close higher</a></li><li><a href="/">Weather: storms ahead</a></li></ul></aside>
</div>
<footer><p>© The Daily Test. Test page made from a corpus text.</p></footer>
</body>
</html>`;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
