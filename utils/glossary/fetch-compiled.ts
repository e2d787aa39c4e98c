import { browser } from 'wxt/browser';
import { COMPILED_GLOSSARY_FILE } from '@/utils/glossary/compiled-file';

/**
 * The bundled glossary, compiled at build time, fetched from the extension's own files: keeping it out
 * of this script keeps the script small (it is parsed on every page) and a page's start-up down to
 * reading one local file into typed-array views
 * (decodeCompiledGlossary, timed with the rest of start-up).
 */
export async function fetchBundledGlossary(): Promise<ArrayBuffer> {
  // The file is generated at build time (wxt.config.ts), so WXT's typed list of public paths lacks it.
  const url = (browser.runtime.getURL as (path: string) => string)(`/${COMPILED_GLOSSARY_FILE}`);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`NewsGloss could not read its glossary (${response.status})`);
  return response.arrayBuffer();
}
