import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BADGE_RECHECK_MS } from '@/utils/constants';
import { badgeLook } from '@/utils/badge/badge';
import { showTermCount } from '@/utils/badge/tab-badge';
import type { TermsOnPage } from '@/utils/messaging/messages';

describe('badgeLook', () => {
  it('shows the count, and says it in words for the accessible name', () => {
    expect(badgeLook(12)).toEqual({ text: '12', title: 'NewsGloss: 12 terms explained on this page' });
    expect(badgeLook(1)).toEqual({ text: '1', title: 'NewsGloss: 1 term explained on this page' });
    expect(badgeLook(1200).text).toBe('999+');
  });
  it('shows nothing on a page without terms or not glossed', () => {
    expect(badgeLook(0)).toEqual({ text: '', title: 'NewsGloss: no term explained on this page' });
    expect(badgeLook(null)).toEqual({ text: '', title: 'NewsGloss' });
  });
});

const answer = (count: number, scanning: boolean): TermsOnPage => ({
  status: 'ok',
  host: 'dawn.com',
  terms: Array.from({ length: count }, (_, i) => ({ entryId: `e${i}`, count: 1 })),
  cost: {
    startupMs: 1,
    slices: 1,
    yields: 0,
    scanning,
    slicesOfCurrentScan: 1,
    totalMs: 1,
    longestTaskMs: 1,
    firstMarkMs: 1,
  },
});

describe('showTermCount', () => {
  const setBadgeText = vi.fn((_details: { tabId: number; text: string }) => Promise.resolve());
  const setTitle = vi.fn((_details: { tabId: number; title: string }) => Promise.resolve());
  beforeEach(() => {
    fakeBrowser.reset();
    setBadgeText.mockClear();
    setTitle.mockClear();
    (fakeBrowser as unknown as { action: unknown }).action = { setBadgeText, setTitle };
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());
  const texts = () => setBadgeText.mock.calls.map(([details]) => details.text);

  it('asks the page again while its first scan runs, and keeps the final count', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage')
      .mockResolvedValueOnce(answer(3, true))
      .mockResolvedValueOnce(answer(7, true))
      .mockResolvedValueOnce(answer(9, false));
    const done = showTermCount(4, true);
    await vi.advanceTimersByTimeAsync(BADGE_RECHECK_MS * 3);
    await done;
    expect(texts()).toEqual(['3', '7', '9']);
    expect(setTitle).toHaveBeenLastCalledWith({
      tabId: 4,
      title: 'NewsGloss: 9 terms explained on this page',
    });
  });

  it('clears the badge where glossing is off, no content script answers, or the badge is off', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage')
      .mockResolvedValueOnce({ status: 'disabled', host: 'dawn.com' })
      .mockRejectedValueOnce(new Error('Receiving end does not exist.'));
    await showTermCount(4, true);
    await showTermCount(5, true);
    await showTermCount(6, false);
    expect(texts()).toEqual(['', '', '']);
    expect(fakeBrowser.tabs.sendMessage, 'the badge off asks nothing').toHaveBeenCalledTimes(2);
  });
});
