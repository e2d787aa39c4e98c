/**
 * Dates and counts in the browser's language (Intl, the locale left to the browser): "26 November
 * 2026" in en-GB, "November 26, 2026" in en-US, "26. November 2026" in de.
 */
export function formatDay(isoDay: string, locale?: string): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDay;
  // UTC both ways: a calendar day, not a moment, must not shift with the reader's time zone.
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

export function formatCount(n: number, locale?: string): string {
  return new Intl.NumberFormat(locale).format(n);
}
