/**
 * A glossary pack from a file: the bundled packs' format in one JSON file (the fields of a pack.json and
 * its `entries`), checked by the build's own schema and rules (utils/glossary/schema.ts). A pack with any
 * problem is refused whole, every problem named by entry and field: nothing is half-imported. Pure.
 */
import { checkPack, formatProblem } from '../glossary/schema';
import type { Entry, Pack } from '../glossary/types';
import { t, tn } from '../i18n/t';
import { fail, ok, type Result } from '../result';
import { canonicalJson } from '../storage/canonical-json';

/** How many of a refused pack's problems the message lists; the count says how many there are. */
export const PACK_PROBLEMS_SHOWN = 5;

/** What importing a newer version of an installed pack changes, entry by entry. */
export interface PackChange {
  from: string;
  to: string;
  added: string[];
  removed: string[];
  changed: string[];
}

export interface ReadPack {
  pack: Pack;
  /** Null for a pack that is not installed yet. */
  change: PackChange | null;
}

/**
 * Reads and checks `text` as a pack. `bundled`: the packs that ship with NewsGloss (their ids cannot be
 * taken, their entries' ids and spellings count as taken). `installed`: imported packs already stored.
 * `ownEntries`: the reader's own terms, whose ids and spellings count as taken too.
 */
export function readPackFile(
  text: string,
  bundled: readonly Pack[],
  installed: readonly Pack[],
  ownEntries: readonly Entry[] = [],
): Result<ReadPack> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail(t('pack_notJson'));
  }
  if (typeof data !== 'object' || data === null || !Array.isArray((data as { entries?: unknown }).entries))
    return fail(t('pack_notPack'));
  const { entries: rawEntries, ...meta } = data as { entries: unknown[] } & Record<string, unknown>;
  if (bundled.some((p) => p.id === meta.id)) return fail(t('pack_bundledId', { id: String(meta.id) }));
  if (rawEntries.length === 0) return fail(t('pack_empty'));

  const others = [...bundled, ...installed.filter((p) => p.id !== meta.id)];
  const outside = [...others.flatMap((p) => p.entries), ...ownEntries];
  const { pack, problems } = checkPack(meta, rawEntries, {
    ids: new Set(outside.map((e) => e.id)),
    entries: outside,
  });
  if (problems.length) {
    const name = typeof meta.id === 'string' ? meta.id : 'pack';
    const listed = problems.slice(0, PACK_PROBLEMS_SHOWN).map((p) => formatProblem(name, p));
    return fail(tn('pack_problems', problems.length, { problems: listed.join(' · ') }));
  }

  const old = installed.find((p) => p.id === pack.id);
  if (!old) return ok({ pack, change: null });
  if (compareVersions(pack.version, old.version) <= 0)
    return fail(t('pack_notNewer', { version: old.version, name: old.name }));
  return ok({ pack, change: packChange(old, pack) });
}

/** Entry by entry, what `next` adds to, removes from and changes in `previous`. */
export function packChange(previous: Pack, next: Pack): PackChange {
  const before = new Map(previous.entries.map((e) => [e.id, e]));
  const after = new Map(next.entries.map((e) => [e.id, e]));
  // Compared whatever the key order: the installed copy comes back from storage (canonical-json.ts).
  const same = (a: Entry, b: Entry) => canonicalJson(a) === canonicalJson(b);
  return {
    from: previous.version,
    to: next.version,
    added: [...after.keys()].filter((id) => !before.has(id)),
    removed: [...before.keys()].filter((id) => !after.has(id)),
    changed: [...after].filter(([id, e]) => before.has(id) && !same(before.get(id)!, e)).map(([id]) => id),
  };
}

/** Orders versions like 1.2.3 by their numbers (the schema allows nothing else). */
export function compareVersions(a: string, b: string): number {
  const [x, y] = [a.split('.').map(Number), b.split('.').map(Number)];
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}
