import { compareDates, MONTHS, newestSourceDate } from '../../utils/glossary/source-dates';
import { entrySpellings } from '../../utils/glossary/spellings';
import type { Entry, Pack } from '../../utils/glossary/types';
import { escapeRegExp, wholeWordRegExp } from '../../tests/support/whole-word-regexp';

/** How many months older than the pack's newest source an entry's newest source may be. */
export const STALE_AFTER_MONTHS = 12;

const isWikipedia = (url: string) => /(^|\.)wikipedia\.org$/.test(new URL(url).hostname);

export const wikipediaOnly = (e: Entry) => e.sources.every((s) => isWikipedia(s.url));

/**
 * Entries on contested matters, as the pack guide defines them: designations, and entries that speak
 * of casualties, accusations between states, denials or disputed borders. A heuristic over the text:
 * the report lists them so an author can check each cites two sources.
 */
const CONTESTED =
  /\b(?:killed|dead|death toll|casualt\w*|accus\w*|den(?:y|ies|ied)|disput\w*|alleg\w*|designat\w*|label\w*|calls? (?:it|them|the))\b/i;
export const isContested = (e: Entry) =>
  e.category === 'designation' || CONTESTED.test(`${e.summary} ${e.context}`);

const monthsOf = (date: string) => {
  const [y, m] = date.split('-').map(Number) as [number, number | undefined];
  return y * 12 + ((m ?? 12) - 1);
};

/** Words of a statement about the present, which ages: a history of 1989 does not. */
const TIME_BOUND = /\b(?:as of|since|current(?:ly)?|leads|heads|remains|still)\b/i;
export const isTimeBound = (e: Entry) => TIME_BOUND.test(`${e.summary} ${e.context}`);

/**
 * Entries of one pack whose newest source is more than STALE_AFTER_MONTHS older than the pack's
 * newest, with whether the entry states something about the present (those are the ones to update).
 */
export function staleEntries(
  entries: readonly Entry[],
): { id: string; newest: string; timeBound: boolean }[] {
  // Publication dates only: a page read today says nothing about when its facts were written.
  const newest = entries.map((e) => {
    const date = newestSourceDate(e);
    return { id: e.id, newest: date?.kind === 'published' ? date.date : '0000', timeBound: isTimeBound(e) };
  });
  const packNewest = newest.reduce((a, b) => (compareDates(b.newest, a) > 0 ? b.newest : a), '0000');
  return newest.filter((n) => monthsOf(packNewest) - monthsOf(n.newest) > STALE_AFTER_MONTHS);
}

const MONTH = MONTHS.join('|');
const AS_OF = new RegExp(`\\bas of (?:(?:early|mid|late)[- ])?(?:(\\d{1,2}) )?(${MONTH})? ?(\\d{4})\\b`, 'g');

/** Every "as of <date>" in the entries' text, oldest first. */
export function timeBoundClaims(entries: readonly Entry[]): { id: string; date: string; text: string }[] {
  const found: { id: string; date: string; text: string }[] = [];
  for (const e of entries) {
    for (const m of `${e.summary} ${e.context}`.matchAll(AS_OF)) {
      const month = m[2] ? String(MONTHS.indexOf(m[2]) + 1).padStart(2, '0') : '';
      found.push({ id: e.id, date: month ? `${m[3]}-${month}` : m[3]!, text: m[0] });
    }
  }
  return found.sort((a, b) => compareDates(a.date, b.date));
}

const AMOUNT =
  '(?:(?:about|around|at least|more than|over|nearly|almost|some|up to) )?(?:(?!(?:19|20)\\d\\d\\b)\\d(?:[\\d,.]*\\d)?(?: million)?|(?:a|one|two|three) million|hundreds of thousands|thousands)';
const FIGURE = new RegExp(
  `\\b${AMOUNT}(?: people| civilians| residents)? (killed|dead|displaced|wounded)\\b|\\b(killed|displaced|killing|displacing) ${AMOUNT}\\b`,
  'gi',
);

interface Figure {
  word: string;
  value: string;
}

const figuresIn = (text: string): Figure[] =>
  [...text.matchAll(FIGURE)].map((m) => ({
    word: (m[1] ?? m[2]!).toLowerCase().replace(/ing$/, 'ed'),
    value: m[0].toLowerCase(),
  }));

/**
 * Casualty and displacement figures that disagree between an entry and another entry that mentions it
 * by name in the same sentence: "about 100 killed" in the event's entry against "more than 80 killed"
 * in a person's entry that retells it.
 */
export function disagreeingFigures(entries: readonly Entry[]): string[] {
  const out: string[] = [];
  // A clause at a time: "the APS attack, in which about 144 were killed, and the mosque bombing, which
  // killed 84" speaks of two events. Split once per entry, not once per event it is compared with.
  const clauses = new Map(
    entries.map((e) => [e.id, `${e.summary} ${e.context}`.split(/(?<=[.;])\s+|,? and (?=the |a )/)]),
  );
  for (const event of entries.filter((e) => e.category === 'event' || e.category === 'operation')) {
    const own = figuresIn(`${event.summary} ${event.context}`);
    if (!own.length) continue;
    // Whole words: the APS attack's "APS" is not the "aps" of "collapsed". A spelling the entry shares
    // or that needs cues ("border clashes", "the truce") does not name this event by itself.
    const shared = new Set((event.ambiguous ?? []).map((a) => a.toLowerCase()));
    const names = entrySpellings(event)
      .filter((s) => !shared.has(s.text.toLowerCase()))
      .map((s) => wholeWordRegExp(escapeRegExp(s.text), 'iu'));
    for (const other of entries) {
      if (other.id === event.id) continue;
      for (const sentence of clauses.get(other.id)!) {
        if (!names.some((n) => n.test(sentence))) continue;
        for (const f of figuresIn(sentence)) {
          const mine = own.filter((o) => o.word === f.word);
          if (mine.length && !mine.some((o) => amount(o.value) === amount(f.value))) {
            out.push(
              `${event.id} says "${mine.map((o) => o.value).join('", "')}"; ${other.id} says "${f.value}"`,
            );
          }
        }
      }
    }
  }
  return out;
}

/** The figure without its verb: "displaced nearly a million" and "nearly a million displaced" agree. */
const amount = (text: string) =>
  text
    .replace(/\bone million\b/g, 'a million')
    .replace(/\b(?:killed|dead|displaced|wounded|killing|displacing|people|civilians|residents)\b|\s+/g, '');

/** The report's lines on sources and dates. */
export function sourceReport(packs: readonly Pack[]): string[] {
  const entries = packs.flatMap((p) => p.entries);
  const lines: string[] = [];
  const pct = (n: number) => `${n}/${entries.length} = ${((100 * n) / entries.length).toFixed(1)} %`;
  const wiki = entries.filter(wikipediaOnly);
  lines.push(`\nSources and dates`);
  lines.push(`  Wikipedia-only entries: ${pct(wiki.length)} (at most 40 %)`);
  const single = entries.filter((e) => e.sources.length === 1);
  lines.push(`  single-source entries: ${single.length}: ${single.map((e) => e.id).join(', ') || 'none'}`);
  const contested = entries.filter(isContested);
  const thin = contested.filter((e) => e.sources.length < 2);
  lines.push(
    `  contested entries (heuristic): ${contested.length}, with two or more sources: ` +
      `${contested.length - thin.length}; with one: ${thin.map((e) => e.id).join(', ') || 'none'}`,
  );
  for (const pack of packs) {
    const stale = staleEntries(pack.entries);
    const bound = stale.filter((s) => s.timeBound);
    lines.push(
      `  ${pack.id}: newest source over ${STALE_AFTER_MONTHS} months older than the pack's newest: ${stale.length} ` +
        `(${stale.length - bound.length} histories; ${bound.length} that say something about the present: ` +
        `${bound.map((s) => `${s.id} (${s.newest})`).join(', ') || 'none'})`,
    );
  }
  const claims = timeBoundClaims(entries);
  lines.push(
    `  "as of" claims: ${claims.length}; oldest: ${
      claims
        .slice(0, 5)
        .map((c) => `${c.id} "${c.text}"`)
        .join(', ') || 'none'
    }`,
  );
  const reviewed = new Map<string, number>();
  for (const e of entries) reviewed.set(e.reviewed, (reviewed.get(e.reviewed) ?? 0) + 1);
  lines.push(
    `  reviewed: ${[...reviewed]
      .sort()
      .map(([d, n]) => `${d} ×${n}`)
      .join(', ')}`,
  );
  const figures = disagreeingFigures(entries);
  lines.push(`  figures that disagree between entries: ${figures.length}`);
  figures.forEach((f) => lines.push(`    ${f}`));
  return lines;
}
