import { TERM_MAX_CHARS } from '../constants';
import { formOwners, normaliseForm } from '../resolver/context-data';
import { entrySpellings } from './spellings';
import type { SchemaProblem } from './schema-problem';
import { CUE_SHAPES, type CueShape, type Entry } from './types';

/** A problem with one field: the field's name and what is wrong. */
type Add = (field: string, message: string) => void;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;
const isTextList = (v: unknown): v is string[] => Array.isArray(v) && v.every(isText);
const MONTH = /^\d{4}-(?:0[1-9]|1[0-2])$/;
const isMonthWindow = (v: unknown): boolean =>
  isObject(v) &&
  typeof v.from === 'string' &&
  typeof v.to === 'string' &&
  MONTH.test(v.from) &&
  MONTH.test(v.to) &&
  v.from <= v.to &&
  isTextList(v.forms);

/** The fields of contextual glossing on one entry: short forms, cues, defaults (shape only). */
export function checkContextFields(e: Record<string, unknown>, add: Add): void {
  if (e.shortForms !== undefined) {
    if (!Array.isArray(e.shortForms)) add('shortForms', 'must be a list of { "text", "alone"? }');
    else
      e.shortForms.forEach((s: unknown, i) => {
        const field = `shortForms[${i}]`;
        if (!isObject(s) || !isText(s.text)) return add(`${field}.text`, 'is required');
        if (s.text.length > TERM_MAX_CHARS)
          add(`${field}.text`, `is longer than ${TERM_MAX_CHARS} characters`);
        if (!s.title && !/\p{Lu}/u.test(s.text))
          add(`${field}.text`, 'needs a capital letter (it is matched by case)');
        if (s.title !== undefined && typeof s.title !== 'boolean')
          add(`${field}.title`, 'must be true or false');
        if (s.title && s.alone !== undefined) add(`${field}.alone`, 'a title is never safe alone');
        if (s.held !== undefined && (!s.title || !isMonthWindow({ ...(s.held as object), forms: [] })))
          add(
            `${field}.held`,
            'must be { "from": "YYYY-MM", "to": "YYYY-MM" } on a title, from not after to',
          );
        if (s.alone !== undefined && !isText(s.alone))
          add(`${field}.alone`, 'must say why the form is safe with no earlier mention');
      });
  }
  if (e.cues !== undefined) {
    if (!isObject(e.cues)) add('cues', 'must be an object');
    else {
      for (const list of ['entries', 'words', 'near', 'onceNamed'] as const) {
        if (e.cues[list] !== undefined && !isTextList(e.cues[list]))
          add(`cues.${list}`, 'must be a list of text');
      }
      const published = e.cues.published;
      if (published !== undefined && !isMonthWindow(published))
        add(
          'cues.published',
          'must be { "from": "YYYY-MM", "to": "YYYY-MM", "forms": [spellings] }, from not after to',
        );
      const shapes = e.cues.shapes ?? [];
      if (!Array.isArray(shapes) || shapes.some((s) => !CUE_SHAPES.includes(s as CueShape)))
        add('cues.shapes', `must list some of ${CUE_SHAPES.join(', ')}`);
    }
  }
  if (e.defaultFor !== undefined && !isTextList(e.defaultFor))
    add('defaultFor', 'must be a list of spellings');
}

/**
 * Rules across entries: cue entries exist; a short form is not also the entry's own full name; a
 * short form shared by several entries is safe alone for none of them unless it carries cues; a
 * default is a spelling the entry really shares, and only one entry is the default for it.
 */
export function checkContextSet(entries: readonly Entry[], ids: ReadonlySet<string>): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const shortOwners = new Map<string, Entry[]>();
  for (const entry of entries) {
    for (const s of entry.shortForms ?? []) {
      const form = normaliseForm(s.text);
      const owners = shortOwners.get(form) ?? [];
      if (!owners.includes(entry)) shortOwners.set(form, [...owners, entry]);
    }
  }
  // The same count the resolver's data is built from (context-data.ts), so the check and the page agree.
  const spellingOwners = formOwners(entries);
  const defaults = new Map<string, string>();
  const holders = new Map<string, { id: string; from: string; to: string }>();
  for (const entry of entries) {
    const where = `entry "${entry.id}"`;
    const add = (field: string, message: string) => problems.push({ where, field, message });
    for (const id of entry.cues?.entries ?? [])
      if (!ids.has(id)) add('cues.entries', `"${id}" is not an entry`);
    const own = new Set(entrySpellings(entry).map((s) => normaliseForm(s.text)));
    for (const s of entry.shortForms ?? []) {
      const form = normaliseForm(s.text);
      if (own.has(form)) add('shortForms', `"${s.text}" is already a full name of the entry`);
      const other = s.held && holders.get(form);
      if (other && other.id !== entry.id && other.from <= s.held!.to && s.held!.from <= other.to)
        add('shortForms', `"${s.text}" is held by "${other.id}" in the same months`);
      if (s.held) holders.set(form, { id: entry.id, ...s.held });
      const sharers = shortOwners.get(form) ?? [];
      if (s.alone && sharers.length > 1 && !entry.cues)
        add(
          'shortForms',
          `"${s.text}" is shared with ${sharers
            .filter((o) => o !== entry)
            .map((o) => `"${o.id}"`)
            .join(', ')}: it needs cues to be safe alone`,
        );
    }
    for (const text of entry.ambiguous ?? []) {
      const owners = spellingOwners.get(normaliseForm(text));
      if (owners?.size === 1 && !entry.cues)
        add(
          'ambiguous',
          `"${text}" is shared with no other entry: it needs cues, and is glossed only where they hold`,
        );
    }
    const ambiguous = new Set((entry.ambiguous ?? []).map(normaliseForm));
    for (const text of entry.cues?.published?.forms ?? [])
      if (!ambiguous.has(normaliseForm(text)))
        add('cues.published.forms', `"${text}" is not one of the entry's ambiguous spellings`);
    for (const text of entry.cues?.onceNamed ?? [])
      if (!ambiguous.has(normaliseForm(text)))
        add('cues.onceNamed', `"${text}" is not one of the entry's ambiguous spellings`);
    for (const field of ['surnames', 'spacedOnly'] as const) {
      for (const text of entry[field] ?? [])
        if (!own.has(normaliseForm(text))) add(field, `"${text}" is not a spelling of the entry`);
    }
    for (const text of entry.defaultFor ?? []) {
      const form = normaliseForm(text);
      const owners = spellingOwners.get(form);
      if (!owners?.has(entry.id) || owners.size < 2)
        add('defaultFor', `"${text}" is not a spelling this entry shares with another`);
      const other = defaults.get(form);
      if (other) add('defaultFor', `"${text}" is already the default of "${other}"`);
      defaults.set(form, entry.id);
    }
  }
  return problems;
}
