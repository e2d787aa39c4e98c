import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { glossaryPart } from '@/utils/glossary/compiled-glossary';
import { READER_GLOSSARY_KEY, storedCompiledGlossary } from '@/utils/glossary/stored-compiled';
import { readStoredState } from '@/utils/glossing/stored-state';
import { joinMatchers } from '@/utils/matcher/find-terms';
import { ownPack } from '@/utils/own-terms/own-term';
import { saveOwnTerm, deleteOwnTerm } from '@/utils/own-terms/store';
import { compileReaderGlossary, readerGlossarySource } from '@/utils/reader-glossary/compile';
import { decodeCompiledGlossary, encodeCompiledGlossary } from '@/utils/glossary/compiled-file';
import { compileGlossary } from '@/utils/glossary/compiled-glossary';
import { TEST_PACK_META, testEntry } from '../../support/test-entries';
import {
  getReaderGlossaryProblem,
  keepReaderGlossaryCompiled,
  refreshReaderGlossary,
} from '@/utils/reader-glossary/store';
import { DEFAULT_SETTINGS } from '@/utils/settings/settings';
import { ownTerm } from '../../support/own-term';

const stored = async () => (await fakeBrowser.storage.local.get(READER_GLOSSARY_KEY))[READER_GLOSSARY_KEY];
const found = async (text: string, value: unknown) => {
  const glossary = await storedCompiledGlossary(value);
  if (!glossary) return [];
  return joinMatchers([glossaryPart(glossary, DEFAULT_SETTINGS)])
    .findTerms(text)
    .map((m) => m.key);
};

describe('the reader glossary, compiled once and stored', () => {
  beforeEach(() => fakeBrowser.reset());

  it('round-trips through storage as the content script reads it, and matches the own terms', async () => {
    const value = await compileReaderGlossary([
      ownPack([ownTerm('Bannu jirga', { aliases: ['Bannu council'] })]),
    ]);
    expect(typeof value!.data).toBe('string');
    expect(await found('The Bannu council met; the Bannu jirga ended.', value)).toEqual([
      'own-bannu-jirga',
      'own-bannu-jirga',
    ]);
  });

  it('stores nothing when there is nothing to match, and reads a damaged value as none', async () => {
    expect(await compileReaderGlossary([ownPack([])])).toBeNull();
    expect(await storedCompiledGlossary({ data: 'not base64 at all!' })).toBeNull();
    expect(await storedCompiledGlossary({ data: btoa('NGG1 but not really') })).toBeNull();
    expect(await storedCompiledGlossary('x')).toBeNull();
  });

  it('reads a copy damaged in storage as none (gzip’s CRC-32), not as a glossary that fails later', async () => {
    const value = (await compileReaderGlossary([ownPack([ownTerm('Bannu jirga')])]))!;
    const bytes = Uint8Array.from(atob(value.data), (c) => c.charCodeAt(0));
    bytes[bytes.length - 8]! ^= 0xff; // the trailer's CRC-32: the data itself inflates as before
    const damaged = { ...value, data: btoa(String.fromCharCode(...bytes)) };
    expect(await storedCompiledGlossary(damaged)).toBeNull();
    expect(await storedCompiledGlossary(value)).not.toBeNull();
  });

  it('fingerprints what it was compiled from', () => {
    const a = readerGlossarySource([ownPack([ownTerm('Bannu jirga')])]);
    expect(readerGlossarySource([ownPack([ownTerm('Bannu jirga')])])).toBe(a);
    expect(readerGlossarySource([ownPack([ownTerm('Bannu jirga', { summary: 'Changed.' })])])).not.toBe(a);
  });

  it('compiles again only when the terms changed, and removes the copy when the last term goes', async () => {
    await saveOwnTerm(ownTerm('Bannu jirga'));
    await refreshReaderGlossary();
    const first = await stored();
    expect(await found('the Bannu jirga', first)).toEqual(['own-bannu-jirga']);
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await refreshReaderGlossary();
    expect(set).not.toHaveBeenCalled();
    await deleteOwnTerm('own-bannu-jirga');
    await refreshReaderGlossary();
    expect(await stored()).toBeUndefined();
  });

  it('follows every change of the own terms in the background, and pages read the result', async () => {
    const keeper = keepReaderGlossaryCompiled();
    await saveOwnTerm(ownTerm('Bannu jirga'));
    await vi.waitFor(async () =>
      expect(await found('the Bannu jirga', await stored())).toEqual(['own-bannu-jirga']),
    );
    await saveOwnTerm(ownTerm('Kurram truce'));
    await vi.waitFor(async () =>
      expect(await found('the Kurram truce', await stored())).toEqual(['own-kurram-truce']),
    );
    expect((await readStoredState()).readerGlossary?.matcher.keys).toEqual(
      expect.arrayContaining(['own-bannu-jirga', 'own-kurram-truce']),
    );
    keeper.stop();
  });

  it('says why a compile could not be stored, and clears that once one is', async () => {
    const onError = vi.fn();
    const realSet = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      if (READER_GLOSSARY_KEY in items) throw new Error('QUOTA_BYTES quota exceeded');
      return realSet(items);
    });
    const keeper = keepReaderGlossaryCompiled(onError);
    await saveOwnTerm(ownTerm('Bannu jirga'));
    await vi.waitFor(async () => expect(await getReaderGlossaryProblem()).toMatch(/storage is full/));
    expect(onError).toHaveBeenCalled();
    set.mockRestore();
    await saveOwnTerm(ownTerm('Kurram truce'));
    await vi.waitFor(async () => expect(await getReaderGlossaryProblem()).toBeNull());
    expect(await found('the Kurram truce', await stored())).toEqual(['own-kurram-truce']);
    keeper.stop();
  });

  it('reads and compiles nothing when the background merely wakes; refresh catches up with what changed unseen', async () => {
    await saveOwnTerm(ownTerm('Bannu jirga'));
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const keeper = keepReaderGlossaryCompiled();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(get).not.toHaveBeenCalled();
    expect(await stored()).toBeUndefined();
    keeper.refresh(); // what runtime.onStartup and onInstalled do
    await vi.waitFor(async () =>
      expect(await found('the Bannu jirga', await stored())).toEqual(['own-bannu-jirga']),
    );
    keeper.stop();
  });

  it('joins the bundled context into the stored copy, and compiles again for another bundled glossary', async () => {
    const bundledWith = (ids: string[]) =>
      decodeCompiledGlossary(
        encodeCompiledGlossary(
          compileGlossary([
            {
              ...TEST_PACK_META,
              entries: ids.map((id) => testEntry({ id, headword: id, category: 'place' })),
            },
          ]),
        ).buffer,
      );
    const [before, after] = [bundledWith(['Kabul']), bundledWith(['Kabul', 'Herat'])];
    await saveOwnTerm(ownTerm('Bannu jirga'));
    await refreshReaderGlossary(async () => before);
    const first = (await storedCompiledGlossary(await stored()))!;
    expect(first.joinedWith).toBe(before.stamp);
    expect(first.context.places).toEqual(expect.arrayContaining(['Kabul']));
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await refreshReaderGlossary(async () => before);
    expect(set).not.toHaveBeenCalled();
    await refreshReaderGlossary(async () => after); // an update brought another bundled glossary
    const second = (await storedCompiledGlossary(await stored()))!;
    expect(second.joinedWith).toBe(after.stamp);
    expect(second.context.places).toEqual(expect.arrayContaining(['Kabul', 'Herat']));
    // Without the bundled file (it could not be read), the copy is stored unjoined: pages join it.
    await refreshReaderGlossary(async () => null);
    expect((await storedCompiledGlossary(await stored()))!.joinedWith).toBeUndefined();
  });
});
