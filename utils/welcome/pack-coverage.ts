import type { Pack } from '@/utils/glossary/types';

/** What one bundled glossary covers, for the welcome page: its own description, size and date. */
export interface PackCoverage {
  id: string;
  name: string;
  description: string;
  entries: number;
  /** The newest review date of its entries (YYYY-MM-DD): how current the glossary is. */
  reviewedUntil: string;
}

export function packCoverage(packs: readonly Pack[]): PackCoverage[] {
  return packs.map(({ id, name, description, entries }) => ({
    id,
    name,
    description,
    entries: entries.length,
    // ISO dates sort as text.
    reviewedUntil: entries.reduce((newest, e) => (e.reviewed > newest ? e.reviewed : newest), ''),
  }));
}
