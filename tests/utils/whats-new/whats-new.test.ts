import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { WHATS_NEW, newsOnUpdate } from '@/utils/whats-new/whats-new';
import { dismissNews, noteUpdate, readNews } from '@/utils/whats-new/store';
import { t } from '@/utils/i18n/t';

const lines = { '0.3.0': 'New in 0.3.' };

describe('newsOnUpdate', () => {
  it('names the new version when it has a line and the version changed', () => {
    expect(newsOnUpdate('0.2.0', '0.3.0', lines)).toBe('0.3.0');
  });
  it('names none for a version without news, or a reload of the same version', () => {
    expect(newsOnUpdate('0.3.0', '0.3.1', lines)).toBeNull();
    expect(newsOnUpdate('0.3.0', '0.3.0', lines)).toBeNull();
  });
  it('keeps every line to one short sentence or two, as one line of the popup', () => {
    for (const [version, key] of Object.entries(WHATS_NEW)) {
      expect(version).toMatch(/^\d+\.\d+\.\d+$/);
      expect(t(key).length).toBeLessThanOrEqual(200);
    }
  });
});

describe('the pending news', () => {
  beforeEach(() => fakeBrowser.reset());
  const [version, key] = Object.entries(WHATS_NEW)[0]!;
  const line = t(key);

  it('is kept on an update to a version with news, read until dismissed, then gone', async () => {
    expect(await readNews()).toBeNull();
    await noteUpdate('0.1.0', version);
    expect(await readNews()).toBe(line);
    expect(await readNews(), 'shown until dismissed').toBe(line);
    await dismissNews();
    expect(await readNews()).toBeNull();
  });

  it('is not kept when the same version is reloaded', async () => {
    await noteUpdate(version, version);
    expect(await readNews()).toBeNull();
  });

  it('reads a damaged or unknown stored value as no news', async () => {
    await fakeBrowser.storage.local.set({ whatsNew: 42 });
    expect(await readNews()).toBeNull();
    await fakeBrowser.storage.local.set({ whatsNew: '9.9.9' });
    expect(await readNews()).toBeNull();
  });
});
