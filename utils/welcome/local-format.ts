import { uiLanguage } from '@/utils/i18n/t';

/**
 * A calendar day in the browser's language (Intl): "26 November 2026" in en-GB, "November 26, 2026" in
 * en-US, "26. November 2026" in de.
 */
export function formatDay(isoDay: string, locale = uiLanguage()): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDay;
  // UTC both ways: a calendar day, not a moment, must not shift with the reader's time zone.
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
