import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { READER_GLOSSARY_KEY } from '@/utils/glossary/stored-compiled';
import { readStoredState, watchStoredState, type StoredState } from '@/utils/glossing/stored-state';
import { ownPack } from '@/utils/own-terms/own-term';
import { compileReaderGlossary } from '@/utils/reader-glossary/compile';
import { SETTINGS_KEY } from '@/utils/settings/settings';
import { ownTerm } from '../../support/own-term';

/** Every state the watcher reports, and what changed each time. */
function watch(initial: StoredState) {
  const seen: { state: StoredState; changed: string[] }[] = [];
  const stop = watchStoredState(initial, (state, changed) => seen.push({ state, changed: [...changed] }));
  return { seen, stop };
}

describe('the content script’s view of storage, followed', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({
      [READER_GLOSSARY_KEY]: await compileReaderGlossary([ownPack([ownTerm('Bannu jirga')])]),
    });
  });
  afterEach(() => vi.restoreAllMocks());

  it('reads only the settings when only they change, and keeps the reader’s copy it has', async () => {
    const initial = await readStoredState();
    expect(initial.readerGlossary).not.toBeNull();
    const { seen, stop } = watch(initial);
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { enabled: false } });
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(get.mock.calls).toEqual([[[SETTINGS_KEY]]]);
    expect(seen[0]!.changed).toEqual([SETTINGS_KEY]);
    expect(seen[0]!.state.settings.enabled).toBe(false);
    expect(seen[0]!.state.readerGlossary).toBe(initial.readerGlossary);
    stop();
  });

  it('reads the reader’s copy again when it changes, and the settings read before stay', async () => {
    const { seen, stop } = watch(await readStoredState());
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { enabled: false } });
    const next = await compileReaderGlossary([ownPack([ownTerm('Bannu jirga'), ownTerm('Kurram truce')])]);
    await fakeBrowser.storage.local.set({ [READER_GLOSSARY_KEY]: next });
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    expect(seen[1]!.changed).toEqual([READER_GLOSSARY_KEY]);
    expect(seen[1]!.state.settings.enabled).toBe(false);
    expect(seen[1]!.state.readerGlossary?.matcher.keys).toEqual(['own-bannu-jirga', 'own-kurram-truce']);
    stop();
  });

  it('goes on after a read that failed', async () => {
    const { seen, stop } = watch(await readStoredState());
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const get = vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValueOnce(new Error('storage gone'));
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { enabled: false } });
    await vi.waitFor(() => expect(error).toHaveBeenCalled());
    get.mockRestore();
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { enabled: true } });
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]!.state.settings.enabled).toBe(true);
    stop();
  });
});
