import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { fetchBundledGlossary } from '@/utils/glossary/fetch-compiled';
import { Highlights } from '@/utils/glossing/highlights';
import { GlossingSession } from '@/utils/glossing/session';
import { readStoredState } from '@/utils/glossing/stored-state';

/** The sample's state: glossed, a browser that cannot draw marks, or a start that failed and why. */
export type SampleStatus = 'on' | 'unsupported' | { failed: string };

/**
 * Glosses this page with the engine the content script runs on news pages: the same compiled glossary,
 * the reader's own terms and settings, marks, popover, hover, click and keyboard. Content scripts do
 * not run in extension pages, so the page starts it itself. The background relays the shortcuts here
 * as runtime messages (a tab with no content script to answer, entrypoints/background.ts).
 */
export async function glossThisPage(): Promise<SampleStatus> {
  if (!Highlights.supported) return 'unsupported';
  try {
    const [glossaryFile, stored] = await Promise.all([fetchBundledGlossary(), readStoredState()]);
    new GlossingSession(new ContentScriptContext('welcome'), glossaryFile, stored).start();
    return 'on';
  } catch (error) {
    return { failed: error instanceof Error ? error.message : String(error) };
  }
}
