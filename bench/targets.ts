import { readdirSync } from 'node:fs';
import path from 'node:path';
import { corpusDir } from '../e2e/support/paths';

export interface Target {
  name: string;
  path: string;
}

/** Every corpus page, the article as a page, and a generated large page. */
export const targets: Target[] = [
  ...readdirSync(path.join(corpusDir, 'pages'))
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => ({ name: f, path: `/corpus/${f}` })),
  { name: 'article (FO statement)', path: '/text/pakistan-afghan-talks-fo-statement.html' },
  { name: 'generated large page', path: '/extra/large.html' },
];
