// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { NoteEditor } from '@/components/NoteEditor';
import { browserNoteStore } from '@/utils/notes/browser-note-store';
import { getNote, saveNoteText } from '@/utils/notes/store';

/** Two editors of one note, as the popup and the page popover are. */
function mount() {
  const popup = document.createElement('div');
  const popover = document.createElement('div');
  document.body.append(popup, popover);
  render(<NoteEditor entryId="ttp" store={browserNoteStore} />, popup);
  render(<NoteEditor entryId="ttp" store={browserNoteStore} />, popover);
  return { popup, popover };
}

const field = (root: HTMLElement) => root.querySelector('textarea')!;

async function type(root: HTMLElement, text: string) {
  await act(() => {
    field(root).value = text;
    field(root).dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('two note editors open on one note (popup and page popover)', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    document.body.innerHTML = '';
    await saveNoteText('ttp', 'original', 1000);
  });
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('shows the second writer a conflict instead of overwriting, and lets the reader choose', async () => {
    const { popup, popover } = mount();
    await vi.waitFor(() => expect(field(popover).value).toBe('original'));
    await vi.waitFor(() => expect(field(popup).value).toBe('original'));

    await type(popup, 'from the popup');
    await type(popover, 'from the popover');
    await vi.waitFor(() => expect(popover.querySelector('[role="alert"]')).not.toBeNull(), { timeout: 3000 });

    expect((await getNote('ttp'))?.text).toBe('from the popup');
    expect(popover.querySelector('[role="alert"]')!.textContent).toMatch(
      /changed in another window while you were typing; your text is not saved yet/,
    );
    expect(field(popover).value).toBe('from the popover');
    expect(popover.querySelector('.note-editor__status')!.textContent).toBe('Not saved');

    const keepMine = [...popover.querySelectorAll('button')].find((b) => b.textContent === 'Keep mine')!;
    await act(() => keepMine.click());
    await vi.waitFor(async () => expect((await getNote('ttp'))?.text).toBe('from the popover'));
    await vi.waitFor(() => expect(field(popup).value).toBe('from the popover'));
  });

  it('"Use the other" drops the reader\'s text for the stored one, writing nothing', async () => {
    const { popup, popover } = mount();
    await vi.waitFor(() => expect(field(popover).value).toBe('original'));
    await type(popup, 'from the popup');
    await type(popover, 'from the popover');
    await vi.waitFor(() => expect(popover.querySelector('[role="alert"]')).not.toBeNull(), { timeout: 3000 });
    const useOther = [...popover.querySelectorAll('button')].find((b) => b.textContent === 'Use the other')!;
    await act(() => useOther.click());
    expect(field(popover).value).toBe('from the popup');
    expect(popover.querySelector('[role="alert"]')).toBeNull();
    expect((await getNote('ttp'))?.text).toBe('from the popup');
  });

  it('keeps both texts when an editor with a refused edit is closed', async () => {
    const { popup, popover } = mount();
    await vi.waitFor(() => expect(field(popover).value).toBe('original'));
    await type(popup, 'from the popup');
    await type(popover, 'from the popover');
    await vi.waitFor(() => expect(popover.querySelector('[role="alert"]')).not.toBeNull(), { timeout: 3000 });
    await act(() => render(null, popover));
    await vi.waitFor(async () =>
      expect((await getNote('ttp'))?.text).toBe('from the popup\n\nfrom the popover'),
    );
    await vi.waitFor(() => expect(field(popup).value).toBe('from the popup\n\nfrom the popover'));
  });
});

describe('a collapsed note editor (the page popover)', () => {
  let root: HTMLElement;
  beforeEach(() => {
    fakeBrowser.reset();
    document.body.innerHTML = '';
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    document.body.innerHTML = '';
  });
  const mountCollapsed = () => render(<NoteEditor entryId="ttp" store={browserNoteStore} collapsed />, root);

  it('offers "Add a note" without a note, and opens the editor in place, focused, to type and save', async () => {
    mountCollapsed();
    const add = await vi.waitFor(() => root.querySelector<HTMLButtonElement>('.note-editor__add')!);
    expect(add.textContent).toBe('Add a note');
    expect(root.querySelector('textarea')).toBeNull();
    await act(() => add.click());
    expect(document.activeElement).toBe(field(root));
    await type(root, 'Checked against the ISPR statement.');
    await vi.waitFor(
      async () => expect((await getNote('ttp'))?.text).toBe('Checked against the ISPR statement.'),
      {
        timeout: 3000,
      },
    );
  });

  it('shows the note at once when there is one', async () => {
    await saveNoteText('ttp', 'original', 1000);
    mountCollapsed();
    await vi.waitFor(() => expect(field(root).value).toBe('original'));
    expect(root.querySelector('.note-editor__add')).toBeNull();
  });

  it('shows a note written meanwhile in another window', async () => {
    mountCollapsed();
    await vi.waitFor(() => expect(root.querySelector('.note-editor__add')).not.toBeNull());
    await saveNoteText('ttp', 'from the popup', 2000);
    await vi.waitFor(() => expect(field(root)?.value).toBe('from the popup'));
  });
});
