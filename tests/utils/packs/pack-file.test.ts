import { describe, expect, it } from 'vitest';
import type { Entry, Pack } from '@/utils/glossary/types';
import { ownPack } from '@/utils/own-terms/own-term';
import { compareVersions, PACK_PROBLEMS_SHOWN, readPackFile } from '@/utils/packs/pack-file';
import { ownTerm } from '../../support/own-term';
import { TEST_PACK_META, testEntry } from '../../support/test-entries';

const BUNDLED: Pack[] = [
  {
    ...TEST_PACK_META,
    id: 'af-pak',
    entries: [testEntry({ id: 'ttp', headword: 'TTP', category: 'group' })],
  },
];
const zorvani = (more: Partial<Entry> = {}) =>
  testEntry({ id: 'zorvani-accord', headword: 'Zorvani Accord', category: 'agreement', ...more });
const packText = (entries: unknown[], meta: Partial<Pack> = {}) =>
  JSON.stringify({ ...TEST_PACK_META, id: 'imported', version: '1.0.0', ...meta, entries });

describe('readPackFile', () => {
  it('reads a checked pack that is not installed yet', () => {
    const read = readPackFile(packText([zorvani()]), BUNDLED, []);
    expect(read).toEqual({
      ok: true,
      value: { pack: expect.objectContaining({ id: 'imported' }), change: null },
    });
    if (read.ok) expect(read.value.pack.entries.map((e) => e.id)).toEqual(['zorvani-accord']);
  });

  it('refuses the whole pack over one bad entry, naming the entry and the field', () => {
    const read = readPackFile(
      packText([zorvani(), { ...zorvani({ id: 'broken' }), summary: '' }]),
      BUNDLED,
      [],
    );
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.error).toMatch(/^Nothing was imported: the pack has 1 problem\./);
      expect(read.error).toContain('imported: entry "broken", field "summary": is required');
    }
  });

  it('lists the first problems and counts them all', () => {
    const bad = Array.from({ length: PACK_PROBLEMS_SHOWN + 3 }, (_, i) => ({ id: `bad-${i}` }));
    const read = readPackFile(packText(bad), BUNDLED, []);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error).toMatch(/the pack has \d+ problems\./);
  });

  it('refuses what is not a pack, and a pack with a bundled pack’s id', () => {
    expect(readPackFile('{', BUNDLED, [])).toEqual({
      ok: false,
      error: expect.stringMatching(/not valid JSON/),
    });
    expect(readPackFile('{"id":"x"}', BUNDLED, [])).toEqual({
      ok: false,
      error: expect.stringMatching(/no "entries"/),
    });
    expect(readPackFile(packText([zorvani()], { id: 'af-pak' }), BUNDLED, [])).toEqual({
      ok: false,
      error: expect.stringMatching(/a bundled glossary cannot be replaced/),
    });
    expect(readPackFile(packText([]), BUNDLED, [])).toEqual({
      ok: false,
      error: expect.stringMatching(/no entries/),
    });
  });

  it('refuses an entry id or a spelling a bundled entry already has', () => {
    const read = readPackFile(
      packText([zorvani({ id: 'ttp' }), zorvani({ id: 'other', aliases: ['TTP'] })]),
      BUNDLED,
      [],
    );
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.error).toContain('entry "ttp", field "id": is used by another entry');
      expect(read.error).toContain('"TTP" is also a name of "ttp"');
    }
  });

  it('refuses a spelling one of the reader’s own terms already has', () => {
    const own = ownPack([ownTerm('Zorvani Accord')]).entries;
    expect(readPackFile(packText([zorvani()]), BUNDLED, []).ok).toBe(true);
    const read = readPackFile(packText([zorvani()]), BUNDLED, [], own);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error).toContain('"Zorvani Accord" is also a name of "own-zorvani-accord"');
  });

  it('shows what a newer version changes, and refuses the same or an older one', () => {
    const installed = readPackFile(
      packText([zorvani(), zorvani({ id: 'old-entry', headword: 'Old Entry' })]),
      BUNDLED,
      [],
    );
    if (!installed.ok) throw new Error(installed.error);
    const old = installed.value.pack;
    const next = packText(
      [zorvani({ summary: 'A changed summary.' }), zorvani({ id: 'new-entry', headword: 'New Entry' })],
      { version: '1.1.0' },
    );
    expect(readPackFile(next, BUNDLED, [old])).toEqual({
      ok: true,
      value: {
        pack: expect.objectContaining({ version: '1.1.0' }),
        change: {
          from: '1.0.0',
          to: '1.1.0',
          added: ['new-entry'],
          removed: ['old-entry'],
          changed: ['zorvani-accord'],
        },
      },
    });
    for (const version of ['1.0.0', '0.9.9'])
      expect(readPackFile(packText([zorvani()], { version }), BUNDLED, [old])).toEqual({
        ok: false,
        error: expect.stringMatching(/Version 1\.0\.0 of “Test pack” is already installed/),
      });
  });

  it('counts an entry whose keys come back in another order (Chromium storage sorts them) as unchanged', () => {
    const entry = zorvani();
    const sorted = Object.fromEntries(Object.entries(entry).sort(([a], [b]) => (a < b ? -1 : 1))) as Entry;
    const old: Pack = { ...TEST_PACK_META, id: 'imported', entries: [sorted] };
    const read = readPackFile(packText([entry], { version: '1.0.1' }), BUNDLED, [old]);
    expect(read.ok && read.value.change?.changed).toEqual([]);
  });

  it('orders versions by their numbers', () => {
    expect(compareVersions('1.10.0', '1.9.9')).toBeGreaterThan(0);
    expect(compareVersions('2.0.0', '2.0.0')).toBe(0);
    expect(compareVersions('0.1.0', '0.2.0')).toBeLessThan(0);
  });
});
