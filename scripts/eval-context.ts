// `npm run eval:context`: scores the glosser against the annotated mentions of tests/eval/ (real news
// text; see tests/eval/README.md), through the real matcher and glossary, in Node. `-- --list` also
// prints every mention not glossed right.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBundledPacks } from '../utils/glossary/bundled';
import { glossingIndex } from '../utils/glossary/runtime-glossary';
import { createTermMatcher } from '../utils/matcher/find-terms';
import { DEFAULT_SETTINGS } from '../utils/settings/settings';
import { readEvalSet } from './context-eval/eval-set';
import { outcome, toArticles, type Outcome } from './context-eval/score';

const root = fileURLToPath(new URL('..', import.meta.url));
const mentions = readEvalSet(path.join(root, 'tests/eval/context-mentions.tsv'));
const matcher = createTermMatcher(glossingIndex(loadBundledPacks().packs, [], DEFAULT_SETTINGS).patterns);

const OUTCOMES: Outcome[] = ['right', 'wrong sense', 'missed', 'wrongly marked'];
const byKind = new Map<string, Record<Outcome, number>>();
const failures: string[] = [];
for (const article of toArticles(mentions)) {
  const glosses = matcher
    .findTerms(article.text)
    .map((m) => ({ start: m.start, end: m.end, entryId: m.key }));
  for (const { mention, start, end } of article.mentions) {
    const result = outcome(mention.expected, start, end, glosses);
    const counts = byKind.get(mention.kind) ?? { right: 0, 'wrong sense': 0, missed: 0, 'wrongly marked': 0 };
    counts[result]++;
    byKind.set(mention.kind, counts);
    if (result !== 'right') {
      const got = glosses.filter((g) => g.start < end && g.end > start).map((g) => g.entryId);
      failures.push(
        `${mention.id} ${result}: "${mention.mention}" expected ${mention.expected}, got ${got.join(', ') || 'nothing'}`,
      );
    }
  }
}

const pct = (n: number, of: number) => (of ? `${((100 * n) / of).toFixed(1)} %` : '–');
console.log(`Context evaluation: ${mentions.length} mentions, ${toArticles(mentions).length} articles\n`);
console.log(['kind'.padEnd(18), ...OUTCOMES.map((o) => o.padStart(15)), 'total'.padStart(7)].join(''));
for (const [kind, counts] of [...byKind].sort()) {
  const total = OUTCOMES.reduce((n, o) => n + counts[o], 0);
  console.log(
    [kind.padEnd(18), ...OUTCOMES.map((o) => String(counts[o]).padStart(15)), String(total).padStart(7)].join(
      '',
    ),
  );
}
const annotated = mentions.filter((m) => m.expected !== 'none' && !m.expected.startsWith('new:'));
const all = [...byKind.values()];
const sum = (o: Outcome) => all.reduce((n, c) => n + c[o], 0);
const right = annotated.length - sum('missed') - sum('wrong sense');
console.log(
  `\nMentions of an entry glossed with the right entry: ${right} of ${annotated.length} (${pct(right, annotated.length)}; goal ≥ 90 %)`,
);
console.log(`Wrong sense: ${sum('wrong sense')} (${pct(sum('wrong sense'), annotated.length)}; goal < 2 %)`);
const unmarked = mentions.length - annotated.length;
console.log(
  `Marked where nothing should be: ${sum('wrongly marked')} of ${unmarked} (${pct(sum('wrongly marked'), unmarked)})`,
);
if (process.argv.includes('--list')) console.log(`\n${failures.join('\n')}`);
