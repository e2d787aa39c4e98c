import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { getSettings } from '@/utils/settings/store';

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
    expect(onClicked).toHaveBeenCalledOnce();
    expect(onCommand).toHaveBeenCalledOnce();
  });
});
