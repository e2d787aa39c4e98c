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

/** "2025-12-04" → "4 December 2025", "2025-12" → "December 2025", "2025" → "2025". */
export function formatSourceDate(date: string): string {
  const [year, month, day] = date.split('-');
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (!monthName) return year ?? date;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** A source's date as the reader sees it: "4 December 2025", or "read 26 November 2026". */
export function describeSourceDate({ date, kind }: SourceDate): string {
  const when = formatSourceDate(date);
  return kind === 'published' ? when : `read ${when}`;
}

/** The line under a popover's summary: "Newest source: 4 December 2025". */
export function newestSourceLine(entry: Pick<Entry, 'sources'>): string | null {
  const newest = newestSourceDate(entry);
  return newest ? `Newest source: ${describeSourceDate(newest)}` : null;
}
