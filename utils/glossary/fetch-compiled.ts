import { browser } from 'wxt/browser';
import { COMPILED_GLOSSARY_FILE } from '@/utils/glossary/compiled-file';

/**
 * One of the glossary files the build writes into the extension (wxt.config.ts), fetched from the
 * extension's own files; a missing or unreadable one is an error naming it.
 */
export async function fetchGlossaryFile(file: string): Promise<Response> {
  // Generated at build time, so WXT's typed list of public paths lacks these files.
  const url = (browser.runtime.getURL as (path: string) => string)(`/${file}`);
  const response = await fetch(url);
  // A diagnostic for the console, in the content script's one language: its 20 KB gzip budget has no
  // room for t(). The welcome page shows it as the reason inside its own translated message.
  // eslint-disable-next-line newsgloss/no-ui-literal -- a console diagnostic (see above)
  if (!response.ok) throw new Error(`NewsGloss could not read its glossary (${file}: ${response.status})`);
  return response;
}

/**
 * The bundled glossary, compiled at build time: keeping it out of the content script keeps the script
 * small (it is parsed on every page) and a page's start-up down to reading one local file into
 * typed-array views (decodeCompiledGlossary, timed with the rest of start-up).
 */
export async function fetchBundledGlossary(): Promise<ArrayBuffer> {
  return (await fetchGlossaryFile(COMPILED_GLOSSARY_FILE)).arrayBuffer();
}
