import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const corpusDir = process.env.NEWSGLOSS_CORPUS ?? path.resolve(repoRoot, '../shared/corpus');

function requireCorpus(): void {
  if (!existsSync(path.join(corpusDir, 'text'))) {
    throw new Error(`The shared corpus was not found at ${corpusDir}; set NEWSGLOSS_CORPUS to its path.`);
  }
}

/** A corpus text without its Markdown front matter. */
export function corpusText(name: string): string {
  requireCorpus();
  return readFileSync(path.join(corpusDir, 'text', name), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
}

export function corpusTextNames(): string[] {
  requireCorpus();
  return readdirSync(path.join(corpusDir, 'text'))
    .filter((n) => n.endsWith('.txt'))
    .sort();
}
