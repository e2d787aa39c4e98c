import { describe, expect, it } from 'vitest';
import type { Entry, Pack } from '@/utils/glossary/types';
import { formatDay } from '@/utils/welcome/local-format';
import { packCoverage } from '@/utils/welcome/pack-coverage';
import { shortcutRows } from '@/utils/welcome/shortcuts';

const entry = (id: string, reviewed: string) => ({ id, reviewed }) as Entry;

describe('packCoverage', () => {
  it('gives each pack its description, entry count and newest review date', () => {
    const pack = {
      id: 'p',
      name: 'Pack',
      version: '1.0.0',
      licence: 'CC BY 4.0',
      description: 'What it covers.',
      language: 'en',
      entries: [entry('a', '2026-03-01'), entry('b', '2026-11-26'), entry('c', '2025-12-31')],
    } satisfies Pack;
    expect(packCoverage([pack])).toEqual([
      { id: 'p', name: 'Pack', description: 'What it covers.', entries: 3, reviewedUntil: '2026-11-26' },
    ]);
  });
});

describe('shortcutRows', () => {
  it("lists the commands as bound, naming the browser's own and saying when one is unbound", () => {
    expect(
      shortcutRows([
        { name: '_execute_action', description: '', shortcut: 'Alt+Shift+G' },
        {
          name: 'next-term',
          description: 'Go to the next glossed term and open it',
          shortcut: 'Alt+Shift+.',
        },
        { name: 'toggle-site', description: 'Switch glossing on or off for this site', shortcut: '' },
        { description: 'nameless' },
      ]),
    ).toEqual([
      { name: '_execute_action', action: 'Open NewsGloss', keys: 'Alt+Shift+G' },
      { name: 'next-term', action: 'Go to the next glossed term and open it', keys: 'Alt+Shift+.' },
      { name: 'toggle-site', action: 'Switch glossing on or off for this site', keys: null },
    ]);
  });
});

describe('local formats', () => {
  it('writes a calendar day in the given language', () => {
    expect(formatDay('2026-11-26', 'en-GB')).toBe('26 November 2026');
    expect(formatDay('2026-11-26', 'en-US')).toBe('November 26, 2026');
    expect(formatDay('2026-11-26', 'de')).toBe('26. November 2026');
    expect(formatDay('not a date', 'en-GB')).toBe('not a date');
  });
  it('uses the browser interface language when none is given', () => {
    expect(formatDay('2026-11-26')).toBe('November 26, 2026');
  });
});
