// `npm run glossary:check`: the schema problems of the packs in data/ (exit 1 if any), and their sizes.
// Quick enough to run after every edit of an entry file; `npm run glossary:report` says much more.
import { readPacksFromDisk } from './compile-glossary';

const { packs, problems } = readPacksFromDisk('data');
for (const pack of packs) console.log(`${pack.id}: ${pack.entries.length} entries`);
console.log(`total: ${packs.reduce((n, p) => n + p.entries.length, 0)} entries, ${problems.length} problems`);
problems.forEach((p) => console.log(`  ${p}`));
if (problems.length) process.exitCode = 1;
