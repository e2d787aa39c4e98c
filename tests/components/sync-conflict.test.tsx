// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { NoteEditor } from '@/components/NoteEditor';
import { SyncConflictNotice } from '@/components/SyncConflict';
import { browserNoteStore } from '@/utils/notes/browser-note-store';
import { getNote, saveNoteText } from '@/utils/notes/store';
import { syncConflictsItem } from '@/utils/sync/store';

/** As the page popover and the popup show an entry's note: the sync conflict on it above the editor. */
function mount() {
  const root = document.createElement('div');
  document.body.append(root);
  render(
    <>
      <SyncConflictNotice entryId="ttp" headword="Tehrik-i-Taliban Pakistan" />
      <NoteEditor entryId="ttp" store={browserNoteStore} />
    </>,
    root,
  );
  return root;
}

const conflict = (root: HTMLElement) => root.querySelector<HTMLElement>('.sync__conflict');
const button = (root: HTMLElement, text: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent === text)!;

describe('a sync conflict where the note is edited (page popover, popup)', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    document.body.innerHTML = '';
    await saveNoteText('ttp', 'Written here.', 1000);
  });
  afterEach(() => {
    render(null, document.body);
    document.body.innerHTML = '';
  });

  it('shows nothing without a conflict on this entry', async () => {
    await syncConflictsItem.setValue({
      bla: { entryId: 'bla', text: 'Another entry.', createdAt: 1000, updatedAt: 2000 },
    });
    const root = mount();
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(conflict(root)).toBeNull();
    expect(root.querySelector('textarea')!.value).toBe('Written here.');
  });

  it('shows the other device’s text, and settles it with “Keep both” there', async () => {
    const root = mount();
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(conflict(root)).toBeNull();
    // Arrives while the note is open: a sync in the background found the note changed on both devices.
    await act(() =>
      syncConflictsItem.setValue({
        ttp: { entryId: 'ttp', text: 'Written on the laptop.', createdAt: 1000, updatedAt: 2000 },
      }),
    );
    await vi.waitFor(() => expect(conflict(root)).not.toBeNull());
    expect(conflict(root)!.getAttribute('aria-label')).toBe(
      'Note on Tehrik-i-Taliban Pakistan changed on two devices',
    );
    expect(conflict(root)!.querySelector('blockquote')!.textContent).toBe('Written on the laptop.');
    await act(() => button(root, 'Keep both').click());
    await vi.waitFor(() => expect(conflict(root)).toBeNull());
    expect((await getNote('ttp'))!.text).toBe('Written on the laptop.\n\nWritten here.');
    expect(await syncConflictsItem.getValue()).toEqual({});
    await vi.waitFor(() =>
      expect(root.querySelector('textarea')!.value).toBe('Written on the laptop.\n\nWritten here.'),
    );
  });
});
