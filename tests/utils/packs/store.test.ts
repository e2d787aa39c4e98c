import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Pack } from '@/utils/glossary/types';
import {
  getImportedPacks,
  IMPORTED_PACKS_KEY,
  removeImportedPack,
  saveImportedPack,
  watchImportedPacks,
} from '@/utils/packs/store';
import { TEST_PACK_META, testEntry } from '../../support/test-entries';

const pack = (id: string, version = '1.0.0'): Pack => ({
  ...TEST_PACK_META,
  id,
  version,
  entries: [testEntry({ id: `${id}-entry`, headword: `${id} Entry`, category: 'event' })],
});

describe('the imported packs store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('adds packs in order, replaces one by id, removes one', async () => {
    await saveImportedPack(pack('one'));
    await saveImportedPack(pack('two'));
    await saveImportedPack(pack('one', '2.0.0'));
    expect((await getImportedPacks()).map((p) => `${p.id}@${p.version}`)).toEqual(['one@2.0.0', 'two@1.0.0']);
    await removeImportedPack('one');
    expect((await getImportedPacks()).map((p) => p.id)).toEqual(['two']);
  });

  it('reads a damaged stored value as no packs, skipping records that are not packs', async () => {
    await fakeBrowser.storage.local.set({ [IMPORTED_PACKS_KEY]: 'nonsense' });
    expect(await getImportedPacks()).toEqual([]);
    await fakeBrowser.storage.local.set({ [IMPORTED_PACKS_KEY]: [pack('ok'), { id: 3 }, null] });
    expect((await getImportedPacks()).map((p) => p.id)).toEqual(['ok']);
  });

  it('tells watchers about every change', async () => {
    const seen = vi.fn();
    const stop = watchImportedPacks(seen);
    await saveImportedPack(pack('one'));
    await vi.waitFor(() => expect(seen).toHaveBeenLastCalledWith([expect.objectContaining({ id: 'one' })]));
    stop();
  });

  it('says plainly when storage is full, and keeps what was stored', async () => {
    await saveImportedPack(pack('one'));
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    await expect(saveImportedPack(pack('two'))).rejects.toThrow(/storage is full/);
    expect((await getImportedPacks()).map((p) => p.id)).toEqual(['one']);
  });
});
