import type { Page } from 'puppeteer-core';
import { READER_GLOSSARY_KEY } from '../utils/glossary/stored-compiled';
import type { Pack } from '../utils/glossary/types';
import type { TermsOnPage } from '../utils/messaging/messages';
import { launchWithExtension, type BrowserName, type ExtensionSession } from '../e2e/support/browsers';
import { ExtensionApi } from '../e2e/support/extension-api';
import type { TestServer } from '../e2e/support/server';
import { SYNTHETIC_CHECK_ENTRIES, SYNTHETIC_CHECK_PAGE, syntheticPack } from './synthetic-pack';
import { afterFirstScan } from './first-scan';
import type { Target } from './targets';

/**
 * utils/packs/store.ts's key for the imported packs. Not imported from there: that module defines a WXT
 * storage item, which throws outside an extension (the benchmark runs in Node); a unit test
 * (tests/bench/imported-pack.test.ts) checks that the two agree.
 */
export const IMPORTED_PACKS_STORAGE_KEY = 'importedPacks';

/** What the content script reported on each load, without and with the pack stored. */
export interface StartupSamples {
  /** GlossCost.startupMs: the session's start-up task (utils/glossing/session.ts). */
  startupMs: number[];
  /** GlossCost.firstMarkMs: from the content script's start to its first marks painted (pages with marks). */
  firstMarkMs: number[];
}

/** The imported-pack phase's raw samples, summarised by bench/summary.ts. */
export interface ImportedPackSamples {
  browser: BrowserName;
  entries: number;
  /** The pack as stored under importedPacks, in JSON characters. */
  packJsonBytes: number;
  pages: string[];
  rounds: number;
  bundledOnly: StartupSamples;
  withPack: StartupSamples;
  /** Per store of the pack: from storage.local.set of importedPacks to readerGlossary changing. */
  untilStoredMs: number[];
  /** readerGlossary.data as the background stored it: base64 characters (one byte each). */
  storedBytes: number | null;
  /** Why the phase stopped (its figures are then not used); null when it ran through. */
  failure: string | null;
}

/** How long the background is given to compile and store the pack (about a second in Node). */
const COMPILE_TIMEOUT_MS = 120_000;

/**
 * Loads `url` in a fresh tab, waits for the content script's first scan to end and returns what it
 * reports (its start-up and first-mark times, the terms it glossed).
 */
async function loadOnce(session: ExtensionSession, api: ExtensionApi, url: string) {
  const page: Page = await session.openPage(url);
  try {
    await afterFirstScan(page, api);
    const answer = await api.sendToPage<TermsOnPage>(page, { type: 'terms-on-page' }).catch(() => undefined);
    if (answer?.status !== 'ok') throw new Error(`The content script did not answer on ${url}`);
    return answer;
  } finally {
    await page.close();
  }
}

/**
 * Writes the imported packs as the options page does (one storage.local.set) from an extension page,
 * and waits there for the background to store readerGlossary again (compiled, or removed for none).
 * Timed in that page: from the write to the change event, so it includes writing the packs and the
 * background hearing of it, not only its compile ("until stored").
 */
async function storeImportedPacks(
  api: ExtensionApi,
  packs: Pack[],
): Promise<{ untilStoredMs: number; storedBytes: number | null }> {
  const frame = await api.frameForApi();
  return frame.evaluate(
    async (items, key, timeoutMs) => {
      const ext = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
      let changed!: (change: { at: number; bytes: number | null }) => void;
      const change = new Promise<{ at: number; bytes: number | null }>((resolve) => (changed = resolve));
      const listener = (changes: Record<string, chrome.storage.StorageChange>, area: string) => {
        if (area !== 'local' || !(key in changes)) return;
        const data = (changes[key]!.newValue as { data?: unknown } | undefined)?.data;
        changed({ at: performance.now(), bytes: typeof data === 'string' ? data.length : null });
      };
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timedOut = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`The background did not store ${key} within ${timeoutMs} ms`)),
          timeoutMs,
        );
      });
      ext.storage.onChanged.addListener(listener);
      const started = performance.now();
      try {
        await ext.storage.local.set(items);
        const { at, bytes } = await Promise.race([change, timedOut]);
        return { untilStoredMs: at - started, storedBytes: bytes };
      } finally {
        clearTimeout(timer);
        ext.storage.onChanged.removeListener(listener);
      }
    },
    { [IMPORTED_PACKS_STORAGE_KEY]: packs },
    READER_GLOSSARY_KEY,
    COMPILE_TIMEOUT_MS,
  );
}

/**
 * With the real extension installed in `browserName`: the content script's start-up on `pages`, without an
 * imported pack and with a synthetic one of SYNTHETIC_PACK_ENTRIES entries (bench/synthetic-pack.ts)
 * stored as the options page stores an imported pack, once the background has compiled and stored it.
 * `rounds` rounds of one load per page each way, the order swapped every other round. Each block of
 * loads starts with a check page naming three of the pack's entries (not counted; it also warms the
 * browser up): with the pack they must be glossed, without it they must not, or the phase stops.
 */
export async function importedPackStartup(
  server: TestServer,
  pages: readonly Target[],
  rounds: number,
  browserName: BrowserName,
): Promise<ImportedPackSamples> {
  const pack = syntheticPack();
  const samples: ImportedPackSamples = {
    browser: browserName,
    entries: pack.entries.length,
    packJsonBytes: JSON.stringify([pack]).length,
    pages: pages.map((p) => p.name),
    rounds,
    bundledOnly: { startupMs: [], firstMarkMs: [] },
    withPack: { startupMs: [], firstMarkMs: [] },
    untilStoredMs: [],
    storedBytes: null,
    failure: null,
  };
  const session = await launchWithExtension(browserName);
  const api = new ExtensionApi(session, `${server.origin}/blank.html`);
  let stored = false;
  const block = async (withPack: boolean) => {
    if (withPack && !stored) {
      const result = await storeImportedPacks(api, [pack]);
      if (result.storedBytes === null) throw new Error('The background removed readerGlossary instead');
      samples.untilStoredMs.push(result.untilStoredMs);
      samples.storedBytes = result.storedBytes;
      stored = true;
      console.log(
        `imported pack stored: readerGlossary ${result.storedBytes} bytes, ` +
          `${result.untilStoredMs.toFixed(0)} ms until stored`,
      );
    } else if (!withPack && stored) {
      await storeImportedPacks(api, []);
      stored = false;
    }
    const label = withPack ? 'with the pack' : 'bundled only';
    const check = await loadOnce(session, api, `${server.origin}/extra/${SYNTHETIC_CHECK_PAGE}`);
    const found = SYNTHETIC_CHECK_ENTRIES.filter((id) => check.terms.some((t) => t.entryId === id));
    if (found.length !== (withPack ? SYNTHETIC_CHECK_ENTRIES.length : 0))
      throw new Error(
        `On the check page, ${label}, the content script glossed ${found.join(', ') || 'none'}`,
      );
    const into = withPack ? samples.withPack : samples.bundledOnly;
    for (const target of pages) {
      // A page that fails to load or answer is left without a sample, not the phase stopped.
      const answer = await loadOnce(session, api, `${server.origin}${target.path}`).catch((error: unknown) =>
        console.log(`${browserName} ${target.name}, ${label}: not measured (${String(error).slice(0, 120)})`),
      );
      if (!answer) continue;
      const { cost } = answer;
      into.startupMs.push(cost.startupMs);
      // A build from before the content script reported it answers without the figure.
      if (typeof cost.firstMarkMs === 'number') into.firstMarkMs.push(cost.firstMarkMs);
      console.log(
        `${browserName} ${target.name}, ${label}: start-up ${cost.startupMs.toFixed(1)} ms, first marks ` +
          (typeof cost.firstMarkMs === 'number' ? `${cost.firstMarkMs.toFixed(1)} ms` : '–'),
      );
    }
  };
  try {
    await api.frameForApi();
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 === 0 ? [false, true] : [true, false];
      for (const withPack of order) await block(withPack);
    }
  } catch (error) {
    samples.failure = String(error)
      .replace(/^Error:\s*/, '')
      .slice(0, 200);
    console.log(`imported pack (${browserName}): not measured (${samples.failure})`);
  } finally {
    await session.close();
  }
  return samples;
}
