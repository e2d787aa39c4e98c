import type { Entry, Pack } from '@/utils/glossary/types';
import type { Note } from '@/utils/notes/note';

/** A small deterministic generator, so every run measures the same made-up terms. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const SYLLABLES = [
  'ka',
  'zar',
  'mi',
  'tol',
  'bek',
  'sha',
  'ran',
  'dul',
  'vo',
  'pir',
  'gan',
  'tesh',
  'lo',
  'qur',
  'nim',
];

function word(next: () => number, syllables: number): string {
  let out = '';
  for (let i = 0; i < syllables; i++) out += SYLLABLES[Math.floor(next() * SYLLABLES.length)];
  return out[0]!.toUpperCase() + out.slice(1);
}

/** `count` made-up entries of two or three words each, with one alias, for the scaling runs. */
export function generatedPack(count: number): Pack {
  const next = random(42);
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    const headword = `${word(next, 2)} ${word(next, 3)}${next() < 0.5 ? ` ${word(next, 2)}` : ''}`;
    entries.push({
      id: `generated-${i}`,
      headword,
      category: 'group',
      abbreviations: [],
      aliases: [`${headword.split(' ')[0]}-${word(next, 2)}`],
      summary: 'A generated term for the benchmark.',
      context: '',
      related: [],
      sources: [{ title: 'Benchmark', url: 'https://example.org/' }],
      reviewed: '2026-11-26',
    });
  }
  return {
    id: 'generated',
    name: 'Generated',
    version: '1.0.0',
    licence: 'none',
    description: '',
    language: 'en',
    entries,
  };
}

/** `count` notes of a few sentences each, on entries taken in turn. */
export function generatedNotes(entries: readonly Entry[], count: number): Note[] {
  const next = random(7);
  return Array.from({ length: count }, (_, i) => ({
    entryId: `${entries[i % entries.length]!.id}`,
    text: Array.from({ length: 12 }, () => word(next, 2).toLowerCase()).join(' '),
    createdAt: 1_700_000_000_000 + i,
    updatedAt: 1_700_000_000_000 + i,
  }));
}
