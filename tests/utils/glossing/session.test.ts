// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EXTENSION_ALIVE_CHECK_MS } from '@/utils/constants';
import { loadBundledPacks } from '@/utils/glossary/bundled';
import { encodeCompiledGlossary } from '@/utils/glossary/compiled-file';
import { compileGlossary } from '@/utils/glossary/compiled-glossary';
import { MARK_HIGHLIGHT } from '@/utils/glossing/mark-styles';
import { GlossingSession } from '@/utils/glossing/session';
import { POPOVER_HOST_TAG } from '@/utils/glossing/skip-rules';
import type { TermsOnPage } from '@/utils/messaging/messages';
import { DEFAULT_SETTINGS } from '@/utils/settings/settings';
import { FakeLifecycle } from '../../support/fake-lifecycle';

/** jsdom has no CSS Custom Highlight API: a registry that records what the session draws. */
class FakeHighlight extends Set<AbstractRange> {
  constructor(...ranges: AbstractRange[]) {
    super(ranges);
  }
}
const registry = new Map<string, FakeHighlight>();

const glossaryFile = encodeCompiledGlossary(compileGlossary(loadBundledPacks().packs)).buffer;

const contexts: FakeLifecycle[] = [];

function startSession(ctx: FakeLifecycle): GlossingSession {
  contexts.push(ctx);
  const session = new GlossingSession(ctx, glossaryFile, {
    settings: DEFAULT_SETTINGS,
    readerGlossary: null,
  });
  session.start();
  return session;
}

/** Lets the scan's slices, the paint that draws marks and the popover frame's task all run. */
async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await vi.advanceTimersByTimeAsync(250);
}

/**
 * Asks the tab as Chrome delivers a message: the answer comes through sendResponse, after the
 * listener returned true (the fake browser would pass on the listener's return value instead).
 */
async function askTermsOnPage(): Promise<TermsOnPage> {
  const listener = listeners.find((l) => fakeBrowser.runtime.onMessage.hasListener(l as never));
  if (!listener) throw new Error('no listener for tab messages');
  return new Promise((resolve, reject) => {
    if (listener({ type: 'terms-on-page' }, {}, resolve) !== true) reject(new Error('no answer'));
  });
}
type Listener = (message: unknown, sender: unknown, respond: (answer: TermsOnPage) => void) => unknown;
const listeners: Listener[] = [];

describe('GlossingSession', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    listeners.length = 0;
    const addListener = fakeBrowser.runtime.onMessage.addListener.bind(fakeBrowser.runtime.onMessage);
    vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener').mockImplementation((listener) => {
      listeners.push(listener as Listener);
      addListener(listener);
    });
    registry.clear();
    vi.stubGlobal('CSS', { highlights: registry });
    vi.stubGlobal('Highlight', FakeHighlight);
    vi.useFakeTimers();
    document.body.innerHTML = '<article><p>The TTP and the BLA were both named.</p></article>';
  });
  afterEach(() => {
    for (const ctx of contexts.splice(0)) ctx.invalidate();
    vi.useRealTimers();
    vi.unstubAllGlobals();
    document.body.replaceChildren();
    document.head.replaceChildren();
  });

  it('glosses the page, answers the popup, and leaves nothing behind when its context is invalidated', async () => {
    const ctx = new FakeLifecycle();
    startSession(ctx);
    await settle();
    expect(registry.get(MARK_HIGHLIGHT)?.size).toBe(2);
    expect(document.querySelector(POPOVER_HOST_TAG)).not.toBeNull();
    const answer = await askTermsOnPage();
    expect(answer.status === 'ok' && answer.terms.map((t) => t.entryId).sort()).toEqual(['bla', 'ttp']);

    ctx.invalidate();
    expect(registry.size).toBe(0);
    expect(document.querySelector(POPOVER_HOST_TAG)).toBeNull();
    expect(document.querySelectorAll('style')).toHaveLength(0);
    // No listener is left: a message to the tab finds no one, and nothing is scheduled.
    await expect(askTermsOnPage()).rejects.toThrow();
    expect(vi.getTimerCount()).toBe(0);
    // Text added afterwards is not glossed: the observer went with the context.
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'Chaman' }));
    await settle();
    expect(registry.size).toBe(0);
  });

  it('notices within EXTENSION_ALIVE_CHECK_MS that its extension has gone, though nobody said so', async () => {
    const ctx = new FakeLifecycle();
    startSession(ctx);
    await settle();
    expect(registry.get(MARK_HIGHLIGHT)?.size).toBe(2);
    ctx.extensionGone();
    await vi.advanceTimersByTimeAsync(EXTENSION_ALIVE_CHECK_MS);
    expect(registry.size).toBe(0);
    expect(document.querySelector(POPOVER_HOST_TAG)).toBeNull();
  });

  it('a session started after another was invalidated glosses once, not twice', async () => {
    const old = new FakeLifecycle();
    startSession(old);
    await settle();
    old.invalidate();
    startSession(new FakeLifecycle());
    await settle();
    expect(registry.get(MARK_HIGHLIGHT)?.size).toBe(2);
    expect(document.querySelectorAll(POPOVER_HOST_TAG)).toHaveLength(1);
    expect(document.querySelectorAll('style')).toHaveLength(1);
  });

  it('removes what a script whose sandbox was torn down left behind (Firefox re-injects on update)', async () => {
    // The old script's host, stylesheet and marks, with no script left to remove them.
    document.documentElement.append(document.createElement(POPOVER_HOST_TAG));
    const style = document.createElement('style');
    style.textContent = `::highlight(${MARK_HIGHLIGHT}) { text-decoration: underline dotted; }`;
    document.head.append(style);
    registry.set(MARK_HIGHLIGHT, new FakeHighlight());
    startSession(new FakeLifecycle());
    await settle();
    expect(document.querySelectorAll(POPOVER_HOST_TAG)).toHaveLength(1);
    expect(document.querySelectorAll('style')).toHaveLength(1);
    expect(style.isConnected).toBe(false);
    expect(registry.get(MARK_HIGHLIGHT)?.size).toBe(2);
  });
});
