import { t, uiLanguage } from '../i18n/t';
import type { Entry, Source } from './types';

export interface SourceDate {
  /** YYYY, YYYY-MM or YYYY-MM-DD, as the data gives it. */
  date: string;
  /** Published is the date printed on the source; read is when a source without one was consulted. */
  kind: 'published' | 'read';
}

/** The date a source carries: its publication date, else the day it was read. */
export function sourceDate(source: Source): SourceDate | null {
  if (source.published) return { date: source.published, kind: 'published' };
  if (source.accessed) return { date: source.accessed, kind: 'read' };
  return null;
}

/**
 * How old the facts behind an entry are: its newest publication date when any source has one (an
 * encyclopedia page read yesterday says nothing about when its facts were written), else the newest
 * day a source was read.
 */
export function newestSourceDate(entry: Pick<Entry, 'sources'>): SourceDate | null {
  const dates = entry.sources.map(sourceDate).filter((d): d is SourceDate => d !== null);
  const published = dates.filter((d) => d.kind === 'published');
  const pool = published.length ? published : dates;
  return pool.reduce<SourceDate | null>((a, b) => (!a || compareDates(b.date, a.date) > 0 ? b : a), null);
}

/** Orders partial dates: "2025" sorts before "2025-01", which sorts before "2025-01-01". */
export function compareDates(a: string, b: string): number {
  return a.localeCompare(b);
}

/**
 * The English month names, as glossary text writes dates ("as of December 2025"): the source audit
 * (scripts/glossary-report) reads them there. The reader's dates are written by Intl instead.
 */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * A partial date in the reader's language, in UTC so no time zone moves it a day: "2025-12-04" →
 * "December 4, 2025" (en-US) or "4 December 2025" (en-GB), "2025-12" → "December 2025", "2025" → "2025".
 */
export function formatSourceDate(date: string): string {
  const [year, month, day] = date.split('-');
  const monthNumber = Number(month);
  if (!month || !Number.isInteger(monthNumber) || monthNumber < 1 || monthNumber > 12) return year ?? date;
  const time = new Date(Date.UTC(Number(year), monthNumber - 1, day ? Number(day) : 1));
  if (Number.isNaN(time.getTime())) return date;
  const format: Intl.DateTimeFormatOptions = day
    ? { dateStyle: 'long', timeZone: 'UTC' }
    : { month: 'long', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(uiLanguage(), format).format(time);
}

/** A source's date as the reader sees it: "December 4, 2025", or "read November 26, 2026". */
export function describeSourceDate({ date, kind }: SourceDate): string {
  const when = formatSourceDate(date);
  return kind === 'published' ? when : t('glossary_sourceRead', { date: when });
}

/** The line under a popover's summary: "Newest source: December 4, 2025". */
export function newestSourceLine(entry: Pick<Entry, 'sources'>): string | null {
  const newest = newestSourceDate(entry);
  if (!newest) return null;
  const date = formatSourceDate(newest.date);
  return newest.kind === 'published'
    ? t('glossary_newestSource', { date })
    : t('glossary_newestSourceRead', { date });
}
