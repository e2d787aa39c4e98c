import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { getSettings } from '@/utils/settings/store';
import { WHATS_NEW } from '@/utils/whats-new/whats-new';
import { readNews } from '@/utils/whats-new/store';
import { t } from '@/utils/i18n/t';

type Optional = 'contextMenus' | 'commands';
const saved: Partial<Record<Optional, unknown>> = {};
const mutable = fakeBrowser as unknown as Record<Optional, unknown>;

/** Firefox for Android has no menus and no commands: the namespaces are simply absent. */
function withoutOptionalApis(): void {
  for (const name of ['contextMenus', 'commands'] as const) {
    saved[name] = mutable[name];
    delete mutable[name];
  }
}

describe('background', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => {
    for (const [name, value] of Object.entries(saved)) mutable[name as Optional] = value;
  });

  it('starts without contextMenus and commands, and still switches a site for the content script', async () => {
    withoutOptionalApis();
    expect(() => background.main()).not.toThrow();
    const toggle = { type: 'toggle-site', host: 'dawn.com' };
    await fakeBrowser.runtime.sendMessage(toggle);
    expect((await getSettings()).sites).toEqual(['dawn.com']);
    // (The fake browser drops a false answer, so the answer is checked on the way back on.)
    expect(await fakeBrowser.runtime.sendMessage(toggle)).toBe(true);
    expect((await getSettings()).sites).toEqual([]);
  });

  it('adds the selection menus and listens for commands where the browser has them', async () => {
    const create = vi.fn();
    const onClicked = vi.fn();
    const onCommand = vi.fn();
    mutable.contextMenus = {
      removeAll: () => Promise.resolve(),
      create,
      onClicked: { addListener: onClicked },
    };
    mutable.commands = { onCommand: { addListener: onCommand } };
    background.main();
    await Promise.resolve();
    expect(create.mock.calls.map(([menu]) => (menu as { id: string }).id)).toEqual([
      'newsgloss-look-up',
      'newsgloss-add-term',
    ]);
    // The browser writes the selected text where a title has %s.
    expect(create.mock.calls.map(([menu]) => (menu as { title: string }).title)).toEqual([
      'Look up “%s”',
      'Add “%s” to my glossary',
    ]);
    expect(onClicked).toHaveBeenCalledOnce();
    expect(onCommand).toHaveBeenCalledOnce();
  });

  it('opens the welcome page on install, and on an update keeps the news for the popup instead', async () => {
    withoutOptionalApis();
    background.main();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    // (The fake browser starts with one blank tab of its own.)
    const opened = async () => (await fakeBrowser.tabs.query({})).flatMap((t) => (t.url ? [t.url] : []));
    expect(await opened()).toEqual([fakeBrowser.runtime.getURL('/welcome.html')]);

    const [version, key] = Object.entries(WHATS_NEW)[0]!;
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
      manifest_version: 3,
      name: 'NewsGloss',
      version,
    });
    await fakeBrowser.runtime.onInstalled.trigger({
      reason: 'update',
      previousVersion: '0.1.0',
      temporary: false,
    });
    await vi.waitFor(async () => expect(await readNews()).toBe(t(key)));
    expect(await opened(), 'no page on update').toHaveLength(1);
  });

  it('relays a shortcut as a runtime message when the tab has no content script to answer (the welcome page)', async () => {
    withoutOptionalApis();
    let onCommand: ((command: string, tab?: { id?: number }) => void) | undefined;
    mutable.commands = { onCommand: { addListener: (listener: typeof onCommand) => (onCommand = listener) } };
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist.'));
    const heard = vi.fn();
    fakeBrowser.runtime.onMessage.addListener(heard);
    background.main();
    onCommand!('next-term', { id: 7 });
    await vi.waitFor(() =>
      expect(heard).toHaveBeenCalledWith({ type: 'step-term', direction: 1 }, expect.anything()),
    );
  });
});
