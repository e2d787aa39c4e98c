import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { contentReadyItem } from '@/utils/storage/diagnostics';

describe('contentReadyItem', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is null before any content script ran', async () => {
    expect(await contentReadyItem.getValue()).toBeNull();
  });

  it('stores what the content script reports, under a plain storage.local key', async () => {
    await contentReadyItem.setValue({ at: 1234, protocol: 'https:' });
    expect(await contentReadyItem.getValue()).toEqual({ at: 1234, protocol: 'https:' });
    expect(await fakeBrowser.storage.local.get('contentReady')).toEqual({
      contentReady: { at: 1234, protocol: 'https:' },
    });
  });
});
