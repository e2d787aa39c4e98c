import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EN_FRAGMENTS } from '@/utils/i18n/en';
import { t, tn } from '@/utils/i18n/t';

describe('t', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads the message in the browser language, filling parameters and formatting numbers', () => {
    expect(t('extName')).toBe('NewsGloss');
    const getMessage = vi.spyOn(fakeBrowser.i18n, 'getMessage');
    t('badge_title_other', { count: 12345 });
    expect(getMessage).toHaveBeenLastCalledWith('badge_title_other', ['12,345']);
  });

  it('shows the message name where a message is missing, not a blank', () => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockReturnValue('');
    expect(t('extName')).toBe('extName');
  });

  it('picks the plural form the language rules choose, falling back to _other', () => {
    expect(tn('badge_title', 1)).toBe('NewsGloss: 1 term explained on this page');
    expect(tn('badge_title', 17)).toBe('NewsGloss: 17 terms explained on this page');
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('pl');
    const getMessage = vi.spyOn(fakeBrowser.i18n, 'getMessage');
    // Polish says "few" for 3; English has no _few message, so the _other text is used.
    expect(tn('badge_title', 3)).toBe('NewsGloss: 3 terms explained on this page');
    expect(getMessage.mock.calls.map((call) => call[0])).toEqual(['badge_title_few', 'badge_title_other']);
  });

  it('has every plural message in English in both forms', () => {
    const names = EN_FRAGMENTS.flatMap((fragment) => Object.keys(fragment));
    const bases = new Set(
      names.filter((n) => /_(one|other)$/.test(n)).map((n) => n.replace(/_(one|other)$/, '')),
    );
    for (const base of bases)
      expect(names, base).toEqual(expect.arrayContaining([`${base}_one`, `${base}_other`]));
    expect(bases.size).toBeGreaterThan(0);
  });
});
