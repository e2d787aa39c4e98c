import type { CueHit, TermMatch, TermMatcher } from '../matcher/find-terms';
import { ROLE } from '../matcher/term-pattern';
import { readingRules, type ContextData, type ReadingRules } from './context-data';
import { blockFacts, readMatches } from './local-reading';
import type { MentionToResolve, Resolution } from './resolve-scope';
import { ScopeReading } from './scope-reading';
import { beginsWithTerm, holderAfter, type Holder } from './title-holder';

/** A block's matches, each ready for the resolver, and the cue words found in it. */
export interface ReadBlock {
  matches: TermMatch[];
  mentions: MentionToResolve[];
  cues: CueHit[];
}

/** Matches one block of text and reads each match in its surroundings (one pass over the text). */
export function readBlock(matcher: TermMatcher, text: string, rules: ReadingRules): ReadBlock {
  const cues: CueHit[] = [];
  return { ...readMatchesOf(matcher, text, matcher.findTerms(text, cues), rules), cues };
}

/**
 * The block's matches read in their surroundings. A title form that stands before a name is that
 * person's title, not a mention ("Foreign Office Spokesperson Tahir Andrabi"): what it began with is
 * then looked for on its own, so "Foreign Office" is still glossed (the longest match had hidden it).
 */
export function readMatchesOf(
  matcher: TermMatcher,
  text: string,
  matches: TermMatch[],
  rules: ReadingRules,
): { matches: TermMatch[]; mentions: MentionToResolve[] } {
  const mentions = toMentions(text, matches, rules);
  const holders = new Map<TermMatch, Holder>();
  const unfold = new Map<TermMatch, TermMatch[]>();
  mentions.forEach((m, i) => {
    const match = matches[i]!;
    // The terms inside the title's words before its last, found once and only for a title.
    let head: TermMatch[] | undefined;
    const headOf = () => (head ??= headTerms(matcher, text, match));
    if (isTitleOnly(m)) m.inner = leadingTerm(headOf());
    // "PTI Chairman Gohar Ali Khan": a title that begins with a body and stands before its holder's
    // name leaves the body and the name glossed, each as itself; only a title that is all office
    // ("Chief of Army Staff Asim Munir") is read as the holder.
    const holder = holderAfter(text, matches, i, rules);
    // "PTI founder Imran Khan": a title that is also a name of the person ("PTI founder") leaves PTI too.
    const led = (holder || isWordsBeforeName(m)) && beginsWithTerm(headOf());
    if (holder && !led) holders.set(match, (m.holder = holder));
    else if (isTitleBeforeName(m) || led) unfold.set(match, headOf());
  });
  if (!unfold.size) return { matches, mentions };
  const unfolded = matches.flatMap((m): TermMatch[] => {
    const head = unfold.get(m);
    if (!head) return [m];
    const inner = head
      .filter((x) => x.candidates.some((c) => c.role === ROLE.full))
      .map((x) => ({ ...x, start: x.start + m.start, end: x.end + m.start }));
    return inner.length ? inner : [m];
  });
  const read = toMentions(text, unfolded, rules);
  read.forEach((m, i) => (m.holder = holders.get(unfolded[i]!)));
  return { matches: unfolded, mentions: read };
}

/** Several words, none of them a full name of any candidate: a title ("FO spokesperson"). */
const isTitleWords = (m: MentionToResolve) =>
  m.text.includes(' ') && m.candidates.every((c) => c.role !== ROLE.full);
/** A title read on its own (not part of a longer name). */
const isTitleOnly = (m: MentionToResolve) => !m.local.blocked && isTitleWords(m);
/** Several words standing right before a name. */
const isWordsBeforeName = (m: MentionToResolve) => m.local.blocked === 'name' && m.text.includes(' ');
/** A title standing right before a name ("Foreign Office Spokesperson Tahir Andrabi"). */
const isTitleBeforeName = (m: MentionToResolve) => m.local.blocked === 'name' && isTitleWords(m);

/** The terms found in a title's words before its last ("FO" of "FO spokesperson"); none for one word. */
function headTerms(matcher: TermMatcher, text: string, match: TermMatch): TermMatch[] {
  const space = text.lastIndexOf(' ', match.end - 1);
  return space > match.start ? matcher.findTerms(text.slice(match.start, space)) : [];
}

/** The one term named plainly in a title's head ("FO" of "FO spokesperson"). */
function leadingTerm(head: readonly TermMatch[]): MentionToResolve['inner'] {
  const term = head.length === 1 ? head[0]! : null;
  // Several senses are fine ("Taliban" of "Taliban leader"): the article settles which, as for any mention.
  if (!term || !term.candidates.every((c) => c.role === ROLE.full)) return undefined;
  return { start: term.start, end: term.end, form: term.form, candidates: term.candidates };
}

export function toMentions(
  text: string,
  matches: readonly TermMatch[],
  rules: ReadingRules,
): MentionToResolve[] {
  if (!matches.length) return [];
  const readings = readMatches(blockFacts(text), matches, rules);
  return matches.map((m, i) => ({
    text: text.slice(m.start, m.end),
    form: m.form,
    candidates: m.candidates,
    local: readings[i]!,
  }));
}

/** Resolves one article given as blocks of text (tools and tests; the content script goes by the DOM). */
export function resolveArticle(
  matcher: TermMatcher,
  data: ContextData,
  blocks: readonly string[],
  /** The article's date, YYYY-MM (or ''). */
  published = '',
): { block: number; match: TermMatch; resolution: Resolution }[] {
  const rules = readingRules(data);
  const read = blocks.map((text) => readBlock(matcher, text, rules));
  const resolutions = resolveScope(
    read.flatMap((b) => b.mentions),
    read.flatMap((b) => b.cues),
    data,
    new Map(),
    published,
  );
  let i = 0;
  return read.flatMap((b, block) =>
    b.matches.map((whole) => {
      const resolution = resolutions[i++]!;
      const [from, to] = resolution.part ?? [0, whole.end - whole.start];
      const match = resolution.part ? { ...whole, start: whole.start + from, end: whole.start + to } : whole;
      return { block, match, resolution };
    }),
  );
}

/** Reads one whole article (tools, tests; the page extends a ScopeReading as text arrives). */
export function resolveScope(
  mentions: readonly MentionToResolve[],
  cueHits: readonly CueHit[],
  data: ContextData,
  choices: ReadonlyMap<string, string> = new Map(),
  published = '',
): Resolution[] {
  const reading = new ScopeReading(data, choices, published);
  reading.append(mentions, cueHits);
  return reading.resolutions;
}
