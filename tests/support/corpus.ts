import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The shared test corpus lives beside the checkout (`../shared/corpus`), in CI as on a developer's machine. */
export const corpusDir =
  process.env.NEWSGLOSS_CORPUS ?? fileURLToPath(new URL('../../../shared/corpus', import.meta.url));

/** The corpus folder `part` (`pages`: real pages; `text`: article texts), or an error saying where to put it. */
export function requireCorpus(part: 'pages' | 'text'): string {
  const dir = path.join(corpusDir, part);
  if (!existsSync(dir)) {
    throw new Error(
      `The test corpus was not found at ${corpusDir}. It lives in ../shared/corpus beside the checkout; ` +
        'set NEWSGLOSS_CORPUS to its path if it is elsewhere.',
    );
  }
  return dir;
}

/** A corpus text without its Markdown front matter, if it has one. */
export function withoutFrontMatter(text: string): string {
  return text.replace(/^---\n[\s\S]*?\n---\n/, '');
}

/** A corpus text without its Markdown front matter. */
export function corpusText(name: string): string {
  return withoutFrontMatter(readFileSync(path.join(requireCorpus('text'), name), 'utf8'));
}

export function corpusTextNames(): string[] {
  return readdirSync(requireCorpus('text'))
    .filter((n) => n.endsWith('.txt'))
    .sort();
}

/** The corpus's real pages (file names), served by the e2e test server as /corpus/<name>. */
export function corpusPageNames(): string[] {
  return readdirSync(requireCorpus('pages'))
    .filter((n) => n.endsWith('.html'))
    .sort();
}
