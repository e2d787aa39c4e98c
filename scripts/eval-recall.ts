// `npm run eval:recall`: of the terms a newcomer needs in real news articles (tests/recall/, listed by
// reading the articles, not the glossary), how many NewsGloss glosses with the right entry, through the
// real matcher and resolver, in Node. Prints the share per kind of term and every miss, per set.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { articleGlosser } from './context-eval/gloss-article';
import { readEvalSet, readPublished, type Mention } from './context-eval/eval-set';
import { glossesOver, outcome, toArticles } from './context-eval/score';

/** The share of needed terms the glossary should gloss (issue 15). */
const RECALL_GOAL = 0.95;

const root = fileURLToPath(new URL('..', import.meta.url));
const SETS = [
  ['tests/recall', 'first set (its misses were looked at and glossary entries added for some)'],
  ['tests/recall/fresh', 'fresh set (scored only until 2026-11-28; its misses were read that day)'],
  ['tests/recall/third', 'third set (made blind; scored once on 2026-11-28 at 902 entries, read since)'],
  ['tests/recall/fourth', 'fourth set (made blind on 2026-11-28, scored once at 1,008 entries, read since)'],
  [
    'tests/recall/fifth',
    'fifth set (made blind on 2026-11-28, scored once at 1,080 entries: 130 / 243; read since)',
  ],
  [
    'tests/recall/sixth',
    'sixth set (made blind on 2026-11-28, fourth session; scored once at 1,182 entries: 157 / 281; read since)',
  ],
] as const;
/**
 * The fifth set's annotators marked people with no public profile beyond the story whose role the
 * article states where it names them (a soldier killed, a local official named once): `note` begins
 * "private: ". A glossary cannot hold them; the figure without them is printed beside the full one.
 */
const PRIVATE = /^private: /;
const glossArticle = articleGlosser();
const pct = (n: number, of: number) => `${((100 * n) / of).toFixed(1)} %`;

function score(terms: readonly Mention[], published: ReadonlyMap<string, string>) {
  const byKind = new Map<string, { glossed: number; total: number }>();
  const misses: string[] = [];
  for (const article of toArticles(terms)) {
    const glosses = glossArticle(article.text, false, published.get(article.source));
    for (const { mention, start, end } of article.mentions) {
      const tally = byKind.get(mention.kind) ?? { glossed: 0, total: 0 };
      tally.total++;
      // A term with no entry ("missing:…") can never be right: it counts as a miss.
      if (outcome(mention.expected, start, end, glosses) === 'right') tally.glossed++;
      else {
        const over = glossesOver(glosses, start, end);
        const got = over.map((g) => g.entryId).join(', ') || 'nothing';
        misses.push(
          `${mention.id} ${article.source}: "${mention.mention}" needs ${mention.expected}, got ${got}`,
        );
      }
      byKind.set(mention.kind, tally);
    }
  }
  return { byKind, misses };
}

for (const [dir, title] of SETS) {
  const file = path.join(root, dir, 'terms.tsv');
  if (!existsSync(file)) continue;
  const terms = readEvalSet(file);
  const { byKind, misses } = score(terms, readPublished(path.join(root, dir, 'sources.tsv')));
  const articles = new Set(terms.map((t) => t.source)).size;
  console.log(`\n## ${title}: ${terms.length} needed terms in ${articles} articles\n`);
  for (const [kind, { glossed, total }] of [...byKind].sort())
    console.log(
      `  ${kind.padEnd(12)} ${String(glossed).padStart(4)} of ${String(total).padStart(4)}  ${pct(glossed, total)}`,
    );
  const glossed = [...byKind.values()].reduce((n, t) => n + t.glossed, 0);
  console.log(
    `\nGlossed with the right entry: ${glossed} of ${terms.length} (${pct(glossed, terms.length)}; goal ≥ ${RECALL_GOAL * 100} %)`,
  );
  const privates = terms.filter((t) => PRIVATE.test(t.note));
  if (privates.length) {
    const privateMisses = privates.filter((t) => misses.some((m) => m.startsWith(`${t.id} `))).length;
    const others = terms.length - privates.length;
    const glossedOthers = glossed - (privates.length - privateMisses);
    console.log(
      `Without the ${privates.length} private people the annotators marked: ${glossedOthers} of ${others} (${pct(glossedOthers, others)})`,
    );
  }
  console.log(`\nMisses (${misses.length}):\n${misses.join('\n')}`);
}
