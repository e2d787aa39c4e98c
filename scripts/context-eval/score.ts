import { mentionStart, type Mention } from './eval-set';

/** A glossed span of an article: what the glosser marked, and as which entry. */
export interface Gloss {
  start: number;
  end: number;
  entryId: string;
}

/**
 * `part only`: the mention as a whole was not glossed, but a shorter term inside it was, as what that
 * term itself is ("Pakistan" in "Pakistan Ministry of Foreign Affairs"): a miss, not a wrong sense.
 */
export type Outcome = 'right' | 'wrong sense' | 'part only' | 'missed' | 'wrongly marked';
export const OUTCOMES: readonly Outcome[] = ['right', 'wrong sense', 'part only', 'missed', 'wrongly marked'];
export type Tally = Record<Outcome, number>;

const pct = (n: number, of: number) => (of ? `${((100 * n) / of).toFixed(1)} %` : '–');

/** The headline figures of a set of mentions and their tallies: right, wrong sense, wrongly marked. */
export function summarise(mentions: readonly Mention[], tallies: readonly Tally[]): string[] {
  const annotated = mentions.filter((m) => m.expected !== 'none' && !m.expected.startsWith('new:')).length;
  const sum = (o: Outcome) => tallies.reduce((n, t) => n + t[o], 0);
  const right = annotated - sum('missed') - sum('part only') - sum('wrong sense');
  const unmarked = mentions.length - annotated;
  return [
    `Mentions of an entry glossed with the right entry: ${right} of ${annotated} (${pct(right, annotated)}; goal ≥ 90 %)`,
    `Wrong sense: ${sum('wrong sense')} (${pct(sum('wrong sense'), annotated)}; goal < 2 %)`,
    `Marked where nothing should be: ${sum('wrongly marked')} of ${unmarked} (${pct(sum('wrongly marked'), unmarked)})`,
  ];
}

/** An article as the glosser sees it: its sentences in order, one paragraph each. */
export interface Article {
  source: string;
  text: string;
  /** Each mention with its span in `text`. */
  mentions: { mention: Mention; start: number; end: number }[];
}

/**
 * The set's mentions grouped into articles, in file order. A sentence repeated by consecutive rows (two
 * mentions in one sentence) is one paragraph.
 */
export function toArticles(mentions: readonly Mention[]): Article[] {
  const articles = new Map<string, Article>();
  let lastSentence = new Map<string, { sentence: string; offset: number }>();
  for (const mention of mentions) {
    let article = articles.get(mention.source);
    if (!article)
      articles.set(mention.source, (article = { source: mention.source, text: '', mentions: [] }));
    const last = lastSentence.get(mention.source);
    let offset: number;
    if (last?.sentence === mention.sentence) offset = last.offset;
    else {
      if (article.text) article.text += '\n\n';
      offset = article.text.length;
      article.text += mention.sentence;
      lastSentence = new Map(lastSentence).set(mention.source, { sentence: mention.sentence, offset });
    }
    const start = offset + mentionStart(mention);
    article.mentions.push({ mention, start, end: start + mention.mention.length });
  }
  return [...articles.values()];
}

/** The glosses that cover any part of the span from `start` to `end`. */
export const glossesOver = (glosses: readonly Gloss[], start: number, end: number) =>
  glosses.filter((g) => g.start < end && g.end > start);

/** Glossed with an entry when the set expects one; left unmarked when it expects none (or a new entry). */
export function outcome(expected: string, start: number, end: number, glosses: readonly Gloss[]): Outcome {
  const overlapping = glossesOver(glosses, start, end);
  if (expected === 'none' || expected.startsWith('new:')) {
    // Marked when the mention itself (or a part of it) was glossed; a longer term around it is not.
    return overlapping.some((g) => g.start >= start && g.end <= end) ? 'wrongly marked' : 'right';
  }
  if (overlapping.some((g) => g.entryId === expected)) return 'right';
  // Wrong sense: what the reader gets on the mention (a gloss on all of it, or around it) is another entry.
  if (overlapping.some((g) => g.start <= start && g.end >= end)) return 'wrong sense';
  return overlapping.length ? 'part only' : 'missed';
}
