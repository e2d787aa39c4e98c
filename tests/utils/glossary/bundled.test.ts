import { describe, expect, it } from 'vitest';
import { loadBundledPacks } from '@/utils/glossary/bundled';
import { CATEGORIES } from '@/utils/glossary/types';

describe('the bundled glossary', () => {
  const { packs, problems } = loadBundledPacks();
  const entries = packs.flatMap((p) => p.entries);

  it('has no schema problems (required fields, lengths, unique ids, related ids, https sources, aliases)', () => {
    expect(problems).toEqual([]);
  });

  it('is two named, versioned, licensed packs of at least 400 entries between them', () => {
    expect(packs.map((p) => p.id)).toEqual(['af-pak', 'pk-politics']);
    for (const pack of packs) {
      expect(pack).toMatchObject({
        version: expect.stringMatching(/^\d+\.\d+\.\d+$/),
        licence: expect.any(String),
      });
    }
    expect(entries.length).toBeGreaterThanOrEqual(400);
  });

  it('uses every category', () => {
    expect(new Set(entries.map((e) => e.category))).toEqual(new Set(CATEGORIES));
  });

  it('cites a source for every entry and gives a review date', () => {
    for (const entry of entries) {
      expect(entry.sources.length, entry.id).toBeGreaterThan(0);
      expect(entry.reviewed, entry.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('explains two-letter abbreviations', () => {
    for (const entry of entries) {
      if (entry.abbreviations.some((a) => a.replace(/\W/g, '').length <= 2)) {
        expect(entry.matchNote, `${entry.id} needs a matchNote for its two-letter abbreviation`).toBeTruthy();
      }
    }
  });

  it('attributes contested labels instead of adopting them', () => {
    const designations = entries.filter((e) => e.category === 'designation' && e.id.startsWith('fitna'));
    expect(designations.map((e) => e.id).sort()).toEqual(['fitna-al-hindustan', 'fitna-al-khawarij']);
    for (const entry of designations) expect(entry.summary).toMatch(/Pakistan/);
  });
});
