// @vitest-environment jsdom
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useImportedPacks } from '@/components/use-reader-packs';
import { GlossarySection } from '@/entrypoints/options/sections/GlossarySection';
import type { Entry, Pack } from '@/utils/glossary/types';
import { getImportedPacks, IMPORTED_PACKS_KEY, saveImportedPack } from '@/utils/packs/store';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings/settings';
import { TEST_PACK_META, testEntry } from '../../support/test-entries';

const BUNDLED: Pack = {
  ...TEST_PACK_META,
  id: 'bundled',
  name: 'Bundled pack',
  entries: [testEntry({ id: 'bundled-entry', headword: 'Bundled Thing', category: 'concept' })],
};

const entry = (id: string, headword: string, fields: Partial<Entry> = {}) =>
  testEntry({ id, headword, category: 'agreement', summary: `The ${headword}, a made-up pact.`, ...fields });

const v1: Pack = {
  ...TEST_PACK_META,
  id: 'test-pack',
  name: 'Test pack',
  version: '1.0.0',
  entries: [entry('test-pack-zorvani', 'Zorvani Accord'), entry('test-pack-quell', 'Quellmoor Treaty')],
};
const v2: Pack = {
  ...v1,
  version: '1.1.0',
  entries: [
    entry('test-pack-zorvani', 'Zorvani Accord', { summary: 'The Zorvani Accord, a made-up pact, revised.' }),
    entry('test-pack-quell', 'Quellmoor Treaty'),
    entry('test-pack-brindle', 'Brindle Compact'),
  ],
};

/** The settings as the section last drew them. */
const shown = { settings: DEFAULT_SETTINGS };

function Harness() {
  const [current, setCurrent] = useState<Settings>(DEFAULT_SETTINGS);
  // As the options page reads them and hands them down.
  const imported = useImportedPacks();
  useEffect(() => {
    shown.settings = current;
  });
  return (
    <GlossarySection
      settings={current}
      update={(patch) => setCurrent((s) => ({ ...s, ...patch }))}
      packs={[]}
      bundled={[BUNDLED]}
      imported={imported}
    />
  );
}

const $ = <E extends Element = HTMLElement>(selector: string) => document.querySelector<E>(selector);
const buttonNamed = (name: string) =>
  [...document.querySelectorAll('button')].find((b) => b.textContent === name)!;

/** Chooses a file with this text in the pack file input, as the reader does. */
async function choose(text: string) {
  const input = $<HTMLInputElement>('.pack-import input[type="file"]')!;
  const file = { name: 'pack.json', size: text.length, text: () => Promise.resolve(text) };
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

const storedPacks = async () => (await fakeBrowser.storage.local.get(IMPORTED_PACKS_KEY))[IMPORTED_PACKS_KEY];
const settle = (check: () => void) => vi.waitFor(check, { timeout: 2_000, interval: 10 });
const click = (button: HTMLElement) =>
  act(() => {
    button.click();
  });

describe('adding a glossary pack from a file', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    render(<Harness />, document.body);
  });
  afterEach(() => {
    render(null, document.body);
    document.body.innerHTML = '';
  });

  it('refuses a pack with a bad entry, naming the entry and the field, and stores nothing', async () => {
    const bad = { ...v1, entries: [v1.entries[0], { ...v1.entries[1]!, reviewed: 'last week' }] };
    await choose(JSON.stringify(bad));
    await settle(() => expect($('[role="alert"]')?.textContent).toMatch(/problem/));
    expect($('[role="alert"]')!.textContent).toContain('entry "test-pack-quell", field "reviewed"');
    expect(await storedPacks()).toBeUndefined();
    expect($('.imported-pack')).toBeNull();
  });

  it('refuses a pack that takes a bundled pack’s id, and text that is not a pack', async () => {
    await choose(JSON.stringify({ ...v1, id: 'bundled' }));
    await settle(() =>
      expect($('[role="alert"]')?.textContent).toMatch(/bundled glossary cannot be replaced/),
    );
    await choose('{ not json');
    await settle(() => expect($('[role="alert"]')?.textContent).toMatch(/not valid JSON/));
    expect(await storedPacks()).toBeUndefined();
  });

  it('saves a new pack at once and lists it with its name, version, licence and entry count', async () => {
    await choose(JSON.stringify(v1));
    await settle(() => expect($('[role="status"]')?.textContent).toBe('Added Test pack 1.0.0: 2 entries.'));
    expect((await getImportedPacks()).map((p) => [p.id, p.version, p.entries.length])).toEqual([
      ['test-pack', '1.0.0', 2],
    ]);
    await settle(() =>
      expect($('.imported-pack label')?.textContent).toBe(
        'Test pack (2 entries, version 1.0.0, CC BY 4.0; added from a file)',
      ),
    );
  });

  it('shows what a newer version changes and replaces the old only after Replace', async () => {
    await saveImportedPack(v1);
    await choose(JSON.stringify(v2));
    await settle(() => expect($('.pack-change')).not.toBeNull());
    const dialog = $('.pack-change')!;
    expect(dialog.getAttribute('role')).toBe('alertdialog');
    expect($('#pack-change-summary')!.textContent).toBe(
      'Test pack 1.0.0 → 1.1.0: 1 added, 0 removed, 1 changed',
    );
    expect([...dialog.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Added: test-pack-brindle',
      'Changed: test-pack-zorvani',
    ]);
    expect(document.activeElement).toBe(dialog);
    expect((await getImportedPacks())[0]!.version).toBe('1.0.0');

    await click(buttonNamed('Cancel'));
    expect($('.pack-change')).toBeNull();
    expect((await getImportedPacks())[0]!.version).toBe('1.0.0');

    await choose(JSON.stringify(v2));
    await settle(() => expect($('.pack-change')).not.toBeNull());
    const replace = buttonNamed('Replace');
    expect(replace.getAttribute('aria-label')).toBe('Replace Test pack 1.0.0 with 1.1.0');
    await click(replace);
    await settle(() =>
      expect($('[role="status"]')?.textContent).toBe('Replaced Test pack 1.0.0 with 1.1.0: 3 entries.'),
    );
    expect((await getImportedPacks()).map((p) => [p.id, p.version, p.entries.length])).toEqual([
      ['test-pack', '1.1.0', 3],
    ]);
  });

  it('names only the first few ids of a long change', async () => {
    const many = Array.from({ length: 8 }, (_, i) =>
      entry(`test-pack-extra-${i + 1}`, `Extra Pact ${i + 1}`),
    );
    await saveImportedPack(v1);
    await choose(JSON.stringify({ ...v1, version: '2.0.0', entries: [...v1.entries, ...many] }));
    await settle(() => expect($('.pack-change li')).not.toBeNull());
    expect($('.pack-change li')!.textContent).toBe(
      'Added: test-pack-extra-1, test-pack-extra-2, test-pack-extra-3, test-pack-extra-4, test-pack-extra-5 and 3 more',
    );
  });

  it('refuses an older or the same version', async () => {
    await saveImportedPack(v2);
    await choose(JSON.stringify(v1));
    await settle(() =>
      expect($('[role="alert"]')?.textContent).toBe(
        'Version 1.1.0 of “Test pack” is already installed; only a newer version replaces it.',
      ),
    );
    expect((await getImportedPacks())[0]!.version).toBe('1.1.0');
  });

  it('says so when storage is full, and stores nothing', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    await choose(JSON.stringify(v1));
    await settle(() => expect($('[role="alert"]')?.textContent).toMatch(/browser storage is full/));
    expect(await storedPacks()).toBeUndefined();
  });
});

describe('an imported pack in the list of glossaries', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await saveImportedPack(v1);
    render(<Harness />, document.body);
    await settle(() => expect($('.imported-pack')).not.toBeNull());
  });
  afterEach(() => {
    render(null, document.body);
    document.body.innerHTML = '';
  });

  it('is switched off and on like a bundled pack', async () => {
    const box = $<HTMLInputElement>('.imported-pack input[type="checkbox"]')!;
    expect(box.checked).toBe(true);
    await click(box);
    expect(shown.settings.disabledPacks).toEqual(['test-pack']);
    await click(box);
    expect(shown.settings.disabledPacks).toEqual([]);
  });

  it('is removed after a second press that names it, and Keep leaves it', async () => {
    const remove = buttonNamed('Remove');
    expect(remove.getAttribute('aria-label')).toBe('Remove Test pack');
    await click(remove);
    const confirm = buttonNamed('Remove Test pack?');
    expect(document.activeElement).toBe(confirm);
    await click(buttonNamed('Keep'));
    expect(document.activeElement).toBe(buttonNamed('Remove'));
    expect(await getImportedPacks()).toHaveLength(1);

    await click($<HTMLInputElement>('.imported-pack input[type="checkbox"]')!);
    expect(shown.settings.disabledPacks).toEqual(['test-pack']);
    await click(buttonNamed('Remove'));
    await click(buttonNamed('Remove Test pack?'));
    await settle(() => expect($('[role="status"]')?.textContent).toBe('Removed Test pack.'));
    expect(await getImportedPacks()).toEqual([]);
    await settle(() => expect($('.imported-pack')).toBeNull());
    // Added again later, it starts switched on. (Settled: the harness copies its state out in an
    // effect, which Preact runs after the next frame, outside act.)
    await settle(() => expect(shown.settings.disabledPacks).toEqual([]));
  });
});
