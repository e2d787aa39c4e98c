import type { CueShape } from '../glossary/types';

/** How the resolver read a mention: shown in the popover ("Named earlier in this article as …"). */
export type Why =
  | { kind: 'named' }
  | { kind: 'defined' }
  | { kind: 'earlier'; as: string }
  | { kind: 'later'; as: string }
  | { kind: 'alone' }
  | { kind: 'titled'; title: string }
  | { kind: 'incumbent'; since: string }
  | { kind: 'shape'; shape: CueShape }
  | { kind: 'near'; word: string }
  | { kind: 'entry'; entryId: string }
  | { kind: 'word'; word: string }
  | { kind: 'default' }
  | { kind: 'chosen' }
  // Left unmarked:
  | { kind: 'not-prose' }
  | { kind: 'name' }
  | { kind: 'kin' }
  | { kind: 'pair' }
  | { kind: 'common' }
  | { kind: 'no-antecedent' }
  | { kind: 'unsettled' };

const STRENGTH: Partial<Record<Why['kind'], number>> = { shape: 3, near: 2, entry: 1 };

/** The strongest of the cues that picked a sense, to tell the reader. */
export function explainCue(found: readonly Why[]): Why {
  let best: Why = { kind: 'unsettled' };
  for (const why of found) if ((STRENGTH[why.kind] ?? 0) > (STRENGTH[best.kind] ?? -1)) best = why;
  return best;
}
