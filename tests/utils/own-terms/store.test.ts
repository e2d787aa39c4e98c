import { ownTerm } from '../../support/own-term';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { OwnTerm } from '@/utils/own-terms/own-term';
import {
  deleteOwnTerm,
  getOwnTerms,
  saveOwnTerm,
  watchOwnTerms,
  writeOwnTerms,
} from '@/utils/own-terms/store';

const term = ownTerm;

describe('own term storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts empty', async () => {
    expect(await getOwnTerms()).toEqual([]);
  });

  it('saves terms under one key and lists them by headword', async () => {
    await saveOwnTerm(term('Zhob raid'));
    await saveOwnTerm(term('chaman sit-in'));
    await saveOwnTerm(term('Bannu jirga'));
    expect((await getOwnTerms()).map((t) => t.headword)).toEqual([
      'Bannu jirga',
      'chaman sit-in',
      'Zhob raid',
    ]);
    const raw = await fakeBrowser.storage.local.get('ownTerms');
    expect(raw.ownTerms).toHaveLength(3);
  });

  it('replaces a term with the same id', async () => {
    await saveOwnTerm(term('Bannu jirga'));
    await saveOwnTerm(term('Bannu jirga', { summary: 'Edited summary.', updatedAt: 2000 }));
    expect(await getOwnTerms()).toEqual([
      term('Bannu jirga', { summary: 'Edited summary.', updatedAt: 2000 }),
    ]);
  });

  it('deletes a term by id', async () => {
    await saveOwnTerm(term('Bannu jirga'));
    await saveOwnTerm(term('Zhob raid'));
    await deleteOwnTerm('own-bannu-jirga');
    expect((await getOwnTerms()).map((t) => t.id)).toEqual(['own-zhob-raid']);
  });

  it('skips garbage records but leaves them stored when saving another term', async () => {
    await fakeBrowser.storage.local.set({
      ownTerms: [term('Bannu jirga'), { id: 'own-broken', headword: 42 }, 'nonsense', null],
    });
    expect((await getOwnTerms()).map((t) => t.id)).toEqual(['own-bannu-jirga']);
    await saveOwnTerm(term('Zhob raid'));
    const raw = await fakeBrowser.storage.local.get('ownTerms');
    expect(raw.ownTerms).toContainEqual({ id: 'own-broken', headword: 42 });
    expect((await getOwnTerms()).map((t) => t.id)).toEqual(['own-bannu-jirga', 'own-zhob-raid']);
  });

  it('treats a stored value that is not a list as no terms', async () => {
    await fakeBrowser.storage.local.set({ ownTerms: { 'own-x': 1 } });
    expect(await getOwnTerms()).toEqual([]);
    await saveOwnTerm(term('Bannu jirga'));
    expect((await getOwnTerms()).map((t) => t.id)).toEqual(['own-bannu-jirga']);
  });

  it('replaces every term at once, or clears them', async () => {
    await saveOwnTerm(term('Bannu jirga'));
    await writeOwnTerms([term('Zhob raid'), term('Kurram truce')]);
    expect((await getOwnTerms()).map((t) => t.id)).toEqual(['own-kurram-truce', 'own-zhob-raid']);
    await writeOwnTerms([]);
    expect(await getOwnTerms()).toEqual([]);
  });

  it('tells watchers the valid terms, sorted, after each change', async () => {
    const seen = vi.fn();
    const stop = watchOwnTerms(seen);
    await saveOwnTerm(term('Zhob raid'));
    await vi.waitFor(() => expect(seen).toHaveBeenCalledTimes(1));
    await writeOwnTerms([term('Zhob raid'), term('Bannu jirga'), { bad: true } as unknown as OwnTerm]);
    await vi.waitFor(() => expect(seen).toHaveBeenCalledTimes(2));
    expect(seen).toHaveBeenLastCalledWith([term('Bannu jirga'), term('Zhob raid')]);
    stop();
    await deleteOwnTerm('own-zhob-raid');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(seen).toHaveBeenCalledTimes(2);
  });
});
