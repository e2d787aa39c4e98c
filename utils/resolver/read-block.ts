import type { CueHit, TermMatch, TermMatcher } from '../matcher/find-terms';
import { readingRules, type ContextData, type ReadingRules } from './context-data';
import { blockFacts, readMatches } from './local-reading';
import type { MentionToResolve, Resolution } from './resolve-scope';
import { resolveScope } from './scope-reading';

/** A block's matches, each ready for the resolver, and the cue words found in it. */
export interface ReadBlock {
  matches: TermMatch[];
  mentions: MentionToResolve[];
  cues: CueHit[];
}

/** Matches one block of text and reads each match in its surroundings (one pass over the text). */
export function readBlock(matcher: TermMatcher, text: string, rules: ReadingRules): ReadBlock {
  const cues: CueHit[] = [];
  const matches = matcher.findTerms(text, cues);
  return { matches, mentions: toMentions(text, matches, rules), cues };
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
): { block: number; match: TermMatch; resolution: Resolution }[] {
  const rules = readingRules(data);
  const read = blocks.map((text) => readBlock(matcher, text, rules));
  const resolutions = resolveScope(
    read.flatMap((b) => b.mentions),
    read.flatMap((b) => b.cues),
    data,
  );
  let i = 0;
  return read.flatMap((b, block) =>
    b.matches.map((match) => ({ block, match, resolution: resolutions[i++]! })),
  );
}
