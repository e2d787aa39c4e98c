// `npm run eval:context`: scores the glosser against the annotated mentions of tests/eval/ (real news
// text; see tests/eval/README.md), through the real matcher and resolver, in Node. Sources are split
// into a development part and a held-out part (sources.tsv, column `split`); both are scored.
// `-- --list` prints every development mention not glossed right; `-- --list-held-out` the held-out
// ones (for reporting only: looking at them while tuning would spoil the measurement).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBundledPacks } from '../utils/glossary/bundled';
import { compileGlossary } from '../utils/glossary/compiled-glossary';
import { joinMatchers } from '../utils/matcher/find-terms';
import { matcherPart } from '../utils/matcher/compiled-matcher';
import { resolveArticle } from '../utils/resolver/read-block';
import { readEvalSet, readSplits } from './context-eval/eval-set';
import { OUTCOMES, outcome, summarise, toArticles, type Gloss, type Tally } from './context-eval/score';

const root = fileURLToPath(new URL('..', import.meta.url));
const mentions = readEvalSet(path.join(root, 'tests/eval/context-mentions.tsv'));
const splits = readSplits(path.join(root, 'tests/eval/sources.tsv'));
const bundled = loadBundledPacks();
if (bundled.problems.length)
  throw new Error(`The glossary has problems:\n  ${bundled.problems.join('\n  ')}`);
const compiled = compileGlossary(bundled.packs);
const matcher = joinMatchers([matcherPart(compiled.matcher)]);

/** Glosses an article paragraph by paragraph, as the content script reads blocks. */
function glossArticle(text: string, explain = false): Gloss[] {
  const blocks = text.split('\n\n');
  const starts = blocks.map((_, i) => blocks.slice(0, i).reduce((n, b) => n + b.length + 2, 0));
  return resolveArticle(matcher, compiled.context, blocks).flatMap(({ block, match, resolution }) => {
    const { entryId, why, others } = resolution;
    if (explain) {
      const candidates = match.candidates.map((c) => `${c.key}/${c.role}`).join(' ');
      console.log(
        `  "${blocks[block]!.slice(match.start, match.end)}" [${candidates}] → ${entryId} ${JSON.stringify(why)} ${others.join(' ')}`,
      );
    }
    return entryId ? [{ start: starts[block]! + match.start, end: starts[block]! + match.end, entryId }] : [];
  });
}

// `-- --explain m123`: how the resolver read every match of that mention's article (development rows only).
const explainId = process.argv[process.argv.indexOf('--explain') + 1];
if (process.argv.includes('--explain')) {
  const article = toArticles(mentions).find((a) => a.mentions.some((m) => m.mention.id === explainId));
  if (!article || splits.get(article.source) === 'held-out')
    throw new Error(`${explainId}: no such development row`);
  console.log(article.text);
  glossArticle(article.text, true);
  process.exit(0);
}

const tallies = new Map<string, Tally>();
const failures = new Map<string, string[]>();
for (const article of toArticles(mentions)) {
  const split = splits.get(article.source) ?? 'dev';
  const glosses = glossArticle(article.text);
  for (const { mention, start, end } of article.mentions) {
    const result = outcome(mention.expected, start, end, glosses);
    const key = `${split}\t${mention.kind}`;
    const tally = tallies.get(key) ?? {
      right: 0,
      'wrong sense': 0,
      'part only': 0,
      missed: 0,
      'wrongly marked': 0,
    };
    tally[result]++;
    tallies.set(key, tally);
    if (result !== 'right') {
      const got = glosses.filter((g) => g.start < end && g.end > start).map((g) => g.entryId);
      const list = failures.get(split) ?? [];
      list.push(
        `${mention.id} ${result}: "${mention.mention}" expected ${mention.expected}, got ${got.join(', ') || 'nothing'}`,
      );
      failures.set(split, list);
    }
  }
}

console.log(`Context evaluation: ${mentions.length} mentions, ${toArticles(mentions).length} articles`);
for (const split of ['dev', 'held-out']) {
  const rows = [...tallies].filter(([key]) => key.startsWith(`${split}\t`));
  console.log(`\n## ${split}\n`);
  console.log(['kind'.padEnd(18), ...OUTCOMES.map((o) => o.padStart(15)), 'total'.padStart(7)].join(''));
  for (const [key, tally] of rows.sort()) {
    const total = OUTCOMES.reduce((n, o) => n + tally[o], 0);
    const cells = OUTCOMES.map((o) => String(tally[o]).padStart(15));
    console.log([key.split('\t')[1]!.padEnd(18), ...cells, String(total).padStart(7)].join(''));
  }
  const inSplit = mentions.filter((m) => (splits.get(m.source) ?? 'dev') === split);
  console.log(
    `\n${summarise(
      inSplit,
      rows.map(([, t]) => t),
    ).join('\n')}`,
  );
}
if (process.argv.includes('--list')) console.log(`\n${(failures.get('dev') ?? []).join('\n')}`);
if (process.argv.includes('--list-held-out')) console.log(`\n${(failures.get('held-out') ?? []).join('\n')}`);
