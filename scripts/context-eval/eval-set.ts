import { readFileSync } from 'node:fs';
import { monthInUrl } from '../../utils/glossing/page-date';

/** One annotated mention of tests/eval/context-mentions.tsv (see tests/eval/README.md). */
export interface Mention {
  id: string;
  source: string;
  sentence: string;
  mention: string;
  /** Which occurrence of `mention` in `sentence` is meant, from 1 (case-sensitive substring matches). */
  occurrence: number;
  /** An entry id, 'none' (must stay unmarked) or 'new:<id>' (no entry yet: must stay unmarked too). */
  expected: string;
  kind: string;
  note: string;
}

const COLUMNS = ['id', 'source', 'sentence', 'mention', 'occurrence', 'expected', 'kind', 'note'] as const;

/** Reads the set: plain tab-split lines (fields hold literal quotes), header first. */
export function readEvalSet(file: string): Mention[] {
  const [header, ...lines] = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
  if (header?.split('\t').join() !== COLUMNS.join()) throw new Error(`${file}: unexpected header`);
  return lines.map((line, i) => {
    const cells = line.split('\t');
    if (cells.length !== COLUMNS.length) throw new Error(`${file}:${i + 2}: ${cells.length} columns`);
    const [id, source, sentence, mention, occurrence, expected, kind, note] = cells as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    return { id, source, sentence, mention, occurrence: Number(occurrence), expected, kind, note };
  });
}

/** Where the mention sits in its sentence: the start of its `occurrence`-th appearance. */
export function mentionStart({ sentence, mention, occurrence, id }: Mention): number {
  let at = -1;
  for (let n = 0; n < occurrence; n++) {
    at = sentence.indexOf(mention, at + 1);
    if (at === -1) throw new Error(`${id}: "${mention}" occurs fewer than ${occurrence} times`);
  }
  return at;
}

/** Each source's part of the set: "dev" (looked at while building) or "held-out" (scored only). */
export function readSplits(file: string): Map<string, string> {
  return readSourceColumn(file, 'split', true);
}

/**
 * Each source's month of publication (YYYY-MM) as its page would tell the content script: the date
 * the stored page showed, else the month in its address (utils/glossing/page-date.ts), else ''.
 */
export function readPublished(file: string): Map<string, string> {
  const dates = readSourceColumn(file, 'published', false);
  const urls = readSourceColumn(file, 'url', true);
  return new Map(
    [...urls].map(([source, url]) => [source, dates.get(source)?.slice(0, 7) || monthInUrl(url)]),
  );
}

/** One column of a sources.tsv by source key; a missing optional column gives an empty map. */
function readSourceColumn(file: string, name: string, required: boolean): Map<string, string> {
  const [header, ...lines] = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
  const columns = header?.split('\t') ?? [];
  const source = columns.indexOf('source');
  const column = columns.indexOf(name);
  if (source === -1 || (column === -1 && required))
    throw new Error(`${file}: needs columns "source" and "${name}"`);
  if (column === -1) return new Map();
  return new Map(lines.map((l) => l.split('\t')).map((cells) => [cells[source]!, cells[column] ?? '']));
}
