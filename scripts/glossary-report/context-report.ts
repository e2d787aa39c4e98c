import { normaliseForm } from '../../utils/resolver/context-data';
import { entrySpellings } from '../../utils/glossary/spellings';
import type { Entry } from '../../utils/glossary/types';

/** The report's lines on contextual glossing: every short form, and every spelling shared as senses. */
export function contextReport(entries: readonly Entry[]): string[] {
  const lines: string[] = [];
  const withShort = entries.filter((e) => e.shortForms?.length);
  const forms = withShort.flatMap((e) => e.shortForms!);
  lines.push(
    `\nShort forms: ${forms.length} on ${withShort.length} entries ` +
      `(${forms.filter((f) => f.alone).length} safe alone, ${forms.filter((f) => f.held).length} titles ` +
      'held in stated months; the rest need an earlier full mention)',
  );
  for (const entry of withShort) {
    const list = entry
      .shortForms!.map((f) =>
        f.alone ? `${f.text} [alone]` : f.held ? `${f.text} [held ${f.held.from} to ${f.held.to}]` : f.text,
      )
      .join(', ');
    lines.push(`  ${entry.id}: ${list}`);
    for (const f of entry.shortForms!) if (f.alone) lines.push(`      ${f.text} alone: ${f.alone}`);
  }
  const people = entries.filter((e) => e.category === 'person');
  const without = people.filter((e) => !e.shortForms?.length).map((e) => e.id);
  lines.push(`  person entries without a short form: ${without.length ? without.join(', ') : 'none'}`);

  const owners = new Map<string, { text: string; ids: string[] }>();
  for (const entry of entries) {
    const texts = [
      ...entrySpellings(entry).map((s) => s.text),
      ...(entry.shortForms ?? []).map((s) => s.text),
    ];
    for (const text of new Set(texts)) {
      const form = normaliseForm(text);
      const owner = owners.get(form) ?? { text, ids: [] };
      if (!owner.ids.includes(entry.id)) owner.ids.push(entry.id);
      owners.set(form, owner);
    }
  }
  const shared = [...owners].filter(([, o]) => o.ids.length > 1);
  lines.push(`\nShared spellings (senses): ${shared.length}`);
  const byId = new Map(entries.map((e) => [e.id, e]));
  for (const [form, { text, ids }] of shared) {
    const senses = ids.map((id) => {
      const e = byId.get(id)!;
      const { published, ...lists } = e.cues ?? {};
      // "published" is a window of months, and only for the forms it names: say whether this one is.
      const dated =
        published?.forms.some((f) => normaliseForm(f) === form) &&
        `article dated ${published.from}…${published.to}`;
      const cues = e.cues
        ? [...Object.entries(lists).map(([kind, list]) => `${kind} ${(list as string[]).length}`), dated]
            .filter(Boolean)
            .join(', ')
        : 'no cues';
      const isDefault = e.defaultFor?.some((d) => normaliseForm(d) === form) ? ', default' : '';
      return `${id} (${cues}${isDefault})`;
    });
    const allShort = ids.every((id) => byId.get(id)!.shortForms?.some((f) => normaliseForm(f.text) === form));
    const fallback = allShort
      ? '; a short form of each: the most recent full mention in the article decides'
      : ids.some((id) => byId.get(id)!.defaultFor?.some((d) => normaliseForm(d) === form))
        ? ''
        : '; no default: unmarked when nothing settles it';
    lines.push(`  "${text}": ${senses.join(' | ')}${fallback}`);
  }
  return lines;
}
