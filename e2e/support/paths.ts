import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const fixturesDir = path.join(repoRoot, 'e2e/fixtures');
export const artifactsDir = path.join(repoRoot, 'e2e/artifacts');
export const chromeExtensionDir = path.join(repoRoot, '.output/chrome-mv3');
export const firefoxExtensionDir = path.join(repoRoot, '.output/firefox-mv2');

/** The shared test corpus lives beside the checkout (`../shared/corpus`), in CI as on a developer's machine. */
export const corpusDir = process.env.NEWSGLOSS_CORPUS ?? path.resolve(repoRoot, '../shared/corpus');

export function requireCorpus(): string {
  if (!existsSync(path.join(corpusDir, 'pages'))) {
    throw new Error(
      `The test corpus was not found at ${corpusDir}. It lives in ../shared/corpus beside the checkout; ` +
        'set NEWSGLOSS_CORPUS to its path if it is elsewhere.',
    );
  }
  return corpusDir;
}
