import { ROLE } from '../matcher/term-pattern';
import type { Candidate } from '../matcher/find-terms';
import type { ContextData } from './context-data';
import type { LocalReading } from './local-reading';
import { explainCue, type Why } from './why';
import { isDated, type ArticleCues } from './article-cues';

export { ArticleCues } from './article-cues';

/** A matched span as the resolver sees it: what it could be, and what its surroundings say. */
export interface MentionToResolve {
  /** As written, e.g. "Sharif". */
  text: string;
  /** Folded (normaliseForm), to compare with claims, defaults and the reader's choices. */
  form: string;
  candidates: readonly Candidate[];
  local: LocalReading;
  /**
   * A title's leading term ("FO" of "FO spokesperson", "ISI" of "former ISI chief"): offsets within
   * the mention and its form, glossed instead where the title itself names no one here.
   */
  inner?: { start: number; end: number; form: string; candidates: readonly Candidate[] };
  /** A title right before the full name of one of ours who holds it ("COAS Gen Asim Munir"): that entry. */
  holder?: { key: string; as: string };
}

export interface Resolution {
  /** The entry meant, or null: leave the span unmarked. */
  entryId: string | null;
  why: Why;
  /** The other entries the span could have meant (for the popover's "or did you mean"). */
  others: string[];
  /** Where only part of the span is meant (a title's leading term): offsets within the mention. */
  part?: readonly [start: number, end: number];
}

/** A form claimed by a name that is not ours ("police officer Saleem Mehsud"). */
export const NOT_OURS = { entry: null, as: '' } as const;
export type Claim = { entry: string; as: string } | typeof NOT_OURS;

const isShort = (c: Candidate) => c.role === ROLE.short || c.role === ROLE.shortAlone;

export function isFullFormOf(m: MentionToResolve, entryId: string): boolean {
  for (const c of m.candidates) if (c.key === entryId && c.role === ROLE.full) return true;
  return false;
}

export const NAMED: Why = { kind: 'named' };
export const NONE: string[] = [];

/** Most mentions: one entry's full form, nothing around it, no choice or surname to weigh. */
export function isPlain(
  m: MentionToResolve,
  data: ContextData,
  choices: ReadonlyMap<string, string>,
): boolean {
  const only = m.candidates[0];
  return (
    m.candidates.length === 1 &&
    only!.role === ROLE.full &&
    !m.local.blocked &&
    !choices.size &&
    !data.surnames[only!.key] &&
    !data.needsCue[only!.key]?.includes(m.form)
  );
}

export function resolveOne(
  m: MentionToResolve,
  claims: Map<string, Claim>,
  article: ArticleCues,
  data: ContextData,
  choices: ReadonlyMap<string, string>,
): Resolution {
  const keys = m.candidates.map((c) => c.key);
  const result = (entryId: string | null, why: Why): Resolution => ({
    entryId,
    why,
    others: keys.filter((k) => k !== entryId),
  });
  const { blocked, definedAs } = m.local;
  if (blocked === 'not-prose') return result(null, { kind: 'not-prose' });
  const chosen = choices.get(m.form);
  if (chosen && keys.includes(chosen)) return result(chosen, { kind: 'chosen' });
  const shorts = m.local.officeOnly ? [] : m.candidates.filter(isShort);
  // Forms a name can claim: short forms, and spellings that are also surnames ("Baloch").
  const claimable = shorts.length > 0 || m.candidates.some((c) => data.surnames[c.key]?.includes(m.form));
  // "The Baloch community", "the Mehsud tribe": a people or a tribe, not the person named earlier.
  const full = m.candidates.filter((c) => c.role === ROLE.full).map((c) => c.key);
  if (blocked === 'kin' && full.length === 1) return result(full[0]!, { kind: 'named' });
  if (blocked) {
    if (m.local.claims && claimable) claims.set(m.form, NOT_OURS);
    return result(null, { kind: blocked });
  }
  if (definedAs && keys.includes(definedAs)) return result(definedAs, { kind: 'defined' });
  // "Pakistan's Defense Minister, Khawaja Asif": the name after the comma says whose title it is, not
  // whoever held it earlier in the article (the Taliban's defence minister, say).
  if (m.local.apposition && shorts.length) return result(null, { kind: 'no-antecedent' });
  const claim = claims.get(m.form);
  if (claim?.entry && keys.includes(claim.entry) && !m.local.officeOnly)
    return result(claim.entry, { kind: 'earlier', as: claim.as });
  if (claim === NOT_OURS && claimable) return result(null, { kind: 'name' });
  // "Foreign Office": ours only where the article supports it (the UK's has the same name).
  if (full.length === 1 && data.needsCue[full[0]!]?.includes(m.form))
    return pickSense(full, m, article, data, result);
  if (full.length === 1) return result(full[0]!, { kind: 'named' });
  const alone = shorts.filter((c) => c.role === ROLE.shortAlone).map((c) => c.key);
  const senses = full.length ? full : alone;
  // "Finance Minister Aurangzeb", "then prime minister Khan": the title says who, even for a form
  // that is also safe alone with cues.
  const titled = byTitle(shorts, m, data, result);
  if (titled) return titled;
  if (!senses.length)
    return incumbent(m, shorts, article, data, result) ?? result(null, { kind: 'no-antecedent' });
  // "Mujahid" with no earlier name: alone only where the article supports it, if the entry says so.
  if (senses.length === 1 && !data.needsCue[senses[0]!]?.includes(m.form))
    return result(senses[0]!, { kind: 'alone' });
  // A Title Case line says nothing of where a name ends: "Munir Warns Kabul" or "Amb Munir Akram".
  if (!full.length && m.local.nameAfter) return result(null, { kind: 'no-antecedent' });
  return pickSense(senses, m, article, data, result);
}

/**
 * "Finance Minister Aurangzeb" with no earlier full name: the title he is named with tells which
 * Aurangzeb, if only one of the entries the form could be holds it.
 */
function byTitle(
  shorts: readonly Candidate[],
  m: MentionToResolve,
  data: ContextData,
  result: (entryId: string | null, why: Why) => Resolution,
): Resolution | null {
  let found: { key: string; title: string } | null = null;
  for (const { key } of shorts) {
    const title = data.titles[key]?.find((t) => titleBefore(m.local.before, t));
    if (!title) continue;
    if (found) return null;
    found = { key, title };
  }
  return found && result(found.key, { kind: 'titled', title: found.title });
}

/**
 * "The Punjab Chief Minister said", with no name: in an article dated while Maryam Nawaz holds that
 * title (the entry says when), and naming no one else who goes by it, it is she. Not "former …",
 * "deputy …" or "caretaker …".
 */
function incumbent(
  m: MentionToResolve,
  shorts: readonly Candidate[],
  article: ArticleCues,
  data: ContextData,
  result: (entryId: string | null, why: Why) => Resolution,
): Resolution | null {
  const [key, from, to] = data.incumbents[m.form] ?? [];
  const word = m.local.before.split(' ').pop()!;
  if (!key || data.nameWords.notNow.split(' ').includes(word)) return null;
  for (const c of shorts) if (c.key !== key && article.names(c.key)) return null;
  if (!shorts.some((c) => c.key === key) || !article.datedFor([from!, to!, [m.form]], m.form)) return null;
  return result(key, { kind: 'incumbent', since: from! });
}

function pickSense(
  senses: readonly string[],
  m: MentionToResolve,
  article: ArticleCues,
  data: ContextData,
  result: (entryId: string | null, why: Why) => Resolution,
): Resolution {
  let best: { key: string; score: number; why: Why } | null = null;
  let tied = false;
  // "Talks in Doha … the talks": a description takes the one sense of it the article names, unless
  // words after it say which ("the talks in Istanbul", "the talks with India").
  const next = m.local.after.split(' ')[0] ?? '';
  const qualified = data.nameWords.qualifiers.split(' ').includes(next);
  // "The establishment of a commission", "the party of the poor": a description followed by "of" is
  // of something else.
  if (next === 'of' && m.form.startsWith('the ')) return result(null, { kind: 'unsettled' });
  const named = senses.filter(
    (key) => !qualified && data.cues[key]?.onceNamed?.includes(m.form) && article.names(key),
  );
  const subject = article.mostNamed(named);
  if (subject) return result(subject, { kind: 'entry', entryId: subject });
  // "The 2013 general election": a year written before a dated description settles its date.
  const year = /(?:^| )((?:19|20)\d\d)$/.exec(m.local.before)?.[1];
  for (const key of senses) {
    const months = data.cues[key]?.published;
    const dated = isDated(months, m.form);
    if (data.cues[key]?.onceNamed?.includes(m.form) && !dated) continue;
    if (
      year && dated
        ? year < months![0].slice(0, 4) || year > months![1].slice(0, 4)
        : !article.datedFor(months, m.form)
    )
      continue;
    const { score, why } = scoreSense(key, m, article, data);
    if (!best || score > best.score) [best, tied] = [{ key, score, why }, false];
    else if (score === best.score) tied = true;
  }
  if (best && best.score > 0 && !tied) return result(best.key, best.why);
  const fallback = senses.find(
    (key) => data.defaults[key]?.includes(m.form) && article.datedFor(data.cues[key]?.published, m.form),
  );
  return fallback ? result(fallback, { kind: 'default' }) : result(null, { kind: 'unsettled' });
}

/** Shape of the text here counts most, then a word next to it, then the article's entries and words. */
function scoreSense(
  key: string,
  { local }: MentionToResolve,
  article: ArticleCues,
  data: ContextData,
): { score: number; why: Why } {
  const cues = data.cues[key] ?? {};
  const found: Why[] = [];
  if (local.shape && cues.shapes?.includes(local.shape)) found.push({ kind: 'shape', shape: local.shape });
  const near = cues.near?.find((w) => endsWithWords(local.before, w) || startsWithWords(local.after, w));
  if (near) found.push({ kind: 'near', word: near });
  found.push(...article.support(key));
  const weight = (w: Why) => (w.kind === 'shape' ? 10 : w.kind === 'near' ? 3 : 1);
  return { score: found.reduce((n, w) => n + weight(w), 0), why: explainCue(found) };
}

/** "Prime Minister Shehbaz Sharif", not "former Prime Minister Imran Khan": the title he holds now. */
export function titleBefore(before: string, title: string): boolean {
  if (before !== title && !before.endsWith(` ${title}`)) return false;
  const earlier = before
    .slice(0, before.length - title.length)
    .trim()
    .split(' ')
    .pop();
  return !PAST.includes(earlier ?? '');
}

/** Words that make a title a past one: "former Prime Minister", "ex-PM", "the then chief". */
const PAST = ['former', 'ex', 'then', 'late'];
/** A title form of a past holder ("former premier", "ex-PM"). */
export const isPastTitle = (title: string) => PAST.includes(title.split(/[\s-]/, 1)[0]!.toLowerCase());

// A one-word cue may stand one word off ("Afghanistan's ruling Taliban"); a phrase must touch the mention.
function endsWithWords(text: string, phrase: string): boolean {
  if (text === phrase || text.endsWith(` ${phrase}`)) return true;
  const words = text.split(' ');
  return !phrase.includes(' ') && words[words.length - 2] === phrase;
}
const startsWithWords = (text: string, phrase: string) => text === phrase || text.startsWith(`${phrase} `);
