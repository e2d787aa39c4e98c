// `npm run glossary:report`: what the bundled glossary holds and what it finds in the corpus texts.
import { loadBundledPacks } from '../utils/glossary/bundled';
import { compileGlossary } from '../utils/glossary/compiled-glossary';
import { buildTermIndex } from '../utils/glossary/term-index';
import { matcherPart } from '../utils/matcher/compiled-matcher';
import { joinMatchers } from '../utils/matcher/find-terms';
import { resolveArticle } from '../utils/resolver/read-block';
import { contextReport } from './glossary-report/context-report';
import { sourceReport } from './glossary-report/source-audit';
import { CATEGORIES } from '../utils/glossary/types';
import { corpusText, corpusTextNames } from '../tests/support/corpus';

const { packs, problems } = loadBundledPacks();
const index = buildTermIndex(packs);
const entries = [...index.entries.values()];
const compiled = compileGlossary(packs);
const matcher = joinMatchers([matcherPart(compiled.matcher)]);

for (const pack of packs) {
  console.log(
    `Pack ${pack.id} ${pack.version} (${pack.licence}): ${pack.name}: ${pack.entries.length} entries`,
  );
}
console.log(`Schema problems: ${problems.length}`);
problems.forEach((p) => console.log(`  ${p}`));

console.log(`\nEntries per category: ${packs.map((p) => p.id).join(' / ')} = total`);
for (const category of CATEGORIES) {
  const counts = packs.map((p) => p.entries.filter((e) => e.category === category).length);
  console.log(`  ${category.padEnd(12)} ${counts.join(' / ')} = ${counts.reduce((a, b) => a + b, 0)}`);
}
console.log(`  ${'total'.padEnd(12)} ${packs.map((p) => p.entries.length).join(' / ')} = ${entries.length}`);

const spellings = (e: (typeof entries)[number]) => e.aliases.length + e.abbreviations.length;
const counts = entries.map(spellings).sort((a, b) => a - b);
console.log('\nAliases per entry (aliases + abbreviations, headword not counted)');
console.log(
  `  min ${counts[0]}, median ${counts[Math.floor(counts.length / 2)]}, max ${counts.at(-1)}, ` +
    `total ${counts.reduce((a, b) => a + b, 0)} (+ ${entries.length} headwords; ` +
    `${index.patterns.length} patterns with short forms and cue words)`,
);
const line: string[] = [];
for (const e of entries) line.push(`${e.id} ${spellings(e)}`);
for (let i = 0; i < line.length; i += 6) console.log(`  ${line.slice(i, i + 6).join(' · ')}`);

contextReport(entries).forEach((l) => console.log(l));
sourceReport(packs).forEach((l) => console.log(l));

console.log('\nTerms glossed in the corpus texts (matched, then resolved paragraph by paragraph)');
for (const name of corpusTextNames()) {
  const text = corpusText(name);
  const read = resolveArticle(matcher, compiled.context, text.split(/\n\s*\n/));
  const glossed = read.filter((r) => r.resolution.entryId);
  const byEntry = new Map<string, number>();
  for (const { resolution } of glossed)
    byEntry.set(resolution.entryId!, (byEntry.get(resolution.entryId!) ?? 0) + 1);
  console.log(
    `  ${name}: ${read.length} matches, ${glossed.length} glossed (${byEntry.size} entries), ` +
      `${read.length - glossed.length} left unmarked by the resolver`,
  );
  const listed = [...byEntry].sort((a, b) => b[1] - a[1]).map(([id, n]) => `${id} ×${n}`);
  for (let i = 0; i < listed.length; i += 6) console.log(`    ${listed.slice(i, i + 6).join(', ')}`);
}
