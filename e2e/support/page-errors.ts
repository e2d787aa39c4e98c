import type { Page } from 'puppeteer-core';

/**
 * Collects what would show a fault: the page's uncaught errors and error-level console messages.
 * Content-script errors land here in both browsers: Chromium reports exceptions of every world of the
 * page (CDP Runtime.exceptionThrown), Firefox reports the content script's errors in the tab's log
 * (BiDi log.entryAdded). Checked by building a content script that throws, rejects and calls
 * console.error: all three arrived, in both.
 */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => {
    // Firefox reports the CSP's refusal of the favicon as an error of the page.
    if (!/favicon\.ico/.test(String(e))) errors.push(String(e));
  });
  page.on('console', (m) => {
    // A 404 for the favicon is the test server's, not ours; so is a strict CSP refusing the favicon.
    if (m.type() === 'error' && !/Failed to load resource|favicon\.ico/.test(m.text())) errors.push(m.text());
  });
  return errors;
}
