import { ARTICLE_PAGE } from '../e2e/support/server';
import { corpusPageNames } from '../tests/support/corpus';

export interface Target {
  name: string;
  path: string;
}

/** Every corpus page, the article as a page, and a generated large page. */
export const targets: Target[] = [
  ...corpusPageNames().map((f) => ({ name: f, path: `/corpus/${f}` })),
  { name: 'article (FO statement)', path: ARTICLE_PAGE },
  { name: 'generated large page', path: '/extra/large.html' },
];
