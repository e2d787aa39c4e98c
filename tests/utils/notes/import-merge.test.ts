import { HOUR, note, T0 } from '../../support/note';
import { describe, expect, it } from 'vitest';
import { planNotesMerge } from '@/utils/notes/import-export';
import type { Note } from '@/utils/notes/note';

describe('planNotesMerge', () => {
  const existingOf = (...notes: Note[]) => new Map(notes.map((n) => [n.entryId, n]));

  it('counts each kind and writes only new and newer notes, never deleting', () => {
    const existing = existingOf(
      note({ entryId: 'same', text: 'same text', updatedAt: T0 }),
      note({ entryId: 'older', text: 'old text', updatedAt: T0 }),
      note({ entryId: 'newer', text: 'local edit', updatedAt: T0 + 2 * HOUR }),
      note({ entryId: 'tie', text: 'local text', updatedAt: T0 + HOUR }),
      note({ entryId: 'local-only', text: 'mine alone' }),
    );
    const incoming = [
      note({ entryId: 'fresh', text: 'brand new' }),
      note({ entryId: 'same', text: 'same text', updatedAt: T0 + 5 * HOUR }),
      note({ entryId: 'older', text: 'imported edit', updatedAt: T0 + HOUR }),
      note({ entryId: 'newer', text: 'stale import', updatedAt: T0 + HOUR }),
      note({ entryId: 'tie', text: 'imported text', updatedAt: T0 + HOUR }),
    ];
    const before = structuredClone([...existing]);
    const plan = planNotesMerge(existing, incoming);

    expect(plan.counts).toEqual({ new: 1, updated: 1, unchanged: 1, conflicts: 2 });
    expect(plan.toWrite).toEqual([
      note({ entryId: 'fresh', text: 'brand new' }),
      note({ entryId: 'older', text: 'imported edit', updatedAt: T0 + HOUR }),
    ]);
    expect(plan.toWrite.map((n) => n.entryId)).not.toContain('local-only');
    expect([...existing]).toEqual(before);
  });

  it('counts a same-text note as unchanged even when the imported one is older', () => {
    const plan = planNotesMerge(existingOf(note({ updatedAt: T0 + HOUR })), [note()]);
    expect(plan).toEqual({ toWrite: [], counts: { new: 0, updated: 0, unchanged: 1, conflicts: 0 } });
  });

  it('never deletes: an imported empty note over an older one is an update, not a removal', () => {
    const plan = planNotesMerge(existingOf(note()), [note({ text: '', updatedAt: T0 + HOUR })]);
    expect(plan.counts.updated).toBe(1);
    expect(plan.toWrite).toEqual([note({ text: '', updatedAt: T0 + HOUR })]);
  });

  it('plans nothing for an empty import and writes everything into an empty store', () => {
    expect(planNotesMerge(existingOf(note()), [])).toEqual({
      toWrite: [],
      counts: { new: 0, updated: 0, unchanged: 0, conflicts: 0 },
    });
    const incoming = [note({ entryId: 'bla' }), note({ entryId: 'ttp' })];
    expect(planNotesMerge(new Map(), incoming)).toEqual({
      toWrite: incoming,
      counts: { new: 2, updated: 0, unchanged: 0, conflicts: 0 },
    });
  });

  it('counts duplicate incoming notes once, by the newer', () => {
    const plan = planNotesMerge(new Map(), [note({ text: 'a' }), note({ text: 'b', updatedAt: T0 + HOUR })]);
    expect(plan).toEqual({
      toWrite: [note({ text: 'b', updatedAt: T0 + HOUR })],
      counts: { new: 1, updated: 0, unchanged: 0, conflicts: 0 },
    });
  });

  it('returns copies, so writing them cannot alter the imported notes', () => {
    const incoming = [note()];
    const plan = planNotesMerge(new Map(), incoming);
    expect(plan.toWrite[0]).not.toBe(incoming[0]);
  });
});
