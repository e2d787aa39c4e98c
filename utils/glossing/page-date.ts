/**
 * Where news pages state when a story was published: Open Graph's article:published_time (most news
 * sites), schema.org's datePublished as a meta tag, older "date"/"pubdate" tags, and a <time
 * datetime> inside the article. The first that holds a date wins.
 */
const DATE_SOURCES =
  'meta[property="article:published_time"], meta[name="article:published_time"], ' +
  'meta[itemprop="datePublished"], meta[name="pubdate"], meta[name="publish-date"], meta[name="date"], ' +
  'article time[datetime], main time[datetime]';

const MONTH_AT_START = /^\s*(\d{4}-(?:0[1-9]|1[0-2]))/;
// "…/2025/10/19/…", "…/2024-02-08-…": a year and month between separators in the address.
const MONTH_IN_URL = /\/(20\d\d)[/-](0[1-9]|1[0-2])[/-]/;

/** The month the page says its story was published (YYYY-MM), or '' where it says none. */
export function pageMonth(doc: Document): string {
  for (const element of doc.querySelectorAll(DATE_SOURCES)) {
    const value = element.getAttribute(element.localName === 'time' ? 'datetime' : 'content') ?? '';
    const month = MONTH_AT_START.exec(value)?.[1];
    if (month) return month;
  }
  return monthInUrl(doc.URL);
}

/** The month a story's address is dated with, where it is (many news sites put it there), else ''. */
export function monthInUrl(url: string): string {
  const found = MONTH_IN_URL.exec(url);
  return found ? `${found[1]}-${found[2]}` : '';
}
