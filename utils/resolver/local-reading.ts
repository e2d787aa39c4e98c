import type { CueShape } from '../glossary/types';
import { ROLE } from '../matcher/term-pattern';
import type { TermMatch } from '../matcher/find-terms';
import type { ReadingRules } from './context-data';

/** What the text right around a mention says about it, before the article as a whole is weighed. */
export interface LocalReading {
  /**
   * Why the span is not the entry here, whatever the article says: it is part of a URL, address or
   * identifier; part of a longer name that is not ours ("Gohar Ali Khan", "Mazar-i-Sharif"); or a
   * tribe or family ("the Mehsud tribe").
   */
  blocked?: 'not-prose' | 'name' | 'kin' | 'pair' | 'common';
  /** Blocked as the last word of a longer name: that person now owns the form in this article. */
  claims?: boolean;
  /** A title followed by a comma and a name: that name's, if it is ours. */
  apposition?: boolean;
  /** A title right after "Name, the" or "Name as the": the text before that comma, whose end may be that name. */
  follows?: string;
  /** In a Title Case line, followed by a capitalised word: maybe a longer name ("Amb Munir Akram"). */
  nameAfter?: boolean;
  /** A title in lower case that is not "the …" ("as chief minister"): the office, not a holder. */
  officeOnly?: boolean;
  shape?: CueShape;
  /** "Pakistan Tehreek-e-Insaf (PTI)": the entry the mention is introduced as an abbreviation of. */
  definedAs?: string;
  /** The (up to) four words right before and two right after, lower-cased, apostrophes as '. */
  before: string;
  after: string;
}

// Words with their possessive kept whole ("Afghanistan’s"); apostrophes are folded to ' for comparison.
const WORD = /[\p{L}\p{M}\d]+(?:['’]\p{L}+)?/gu;
const CAPITALISED = /^\p{Lu}/u;
const ONE_WORD = /^\p{Lu}[\p{L}\p{M}]*$/u;
const ALL_CAPS = /^\p{Lu}{2,}$/u;

// The whitespace-free token around a mention is a URL ("https://…", "www.…", "dawn.com/news/…"), an
// e-mail address or a handle ("@PTIofficial"): not prose.
const NOT_PROSE_TOKEN = /:\/\/|^\W*www\.|@|\w\.\w+\//u;
const LOWER_WORD = /(?:^|\s)\p{Ll}\p{L}{2,}/u;
// "Mullah Yaqub, the " / "Mullah Hassan Akhund as the " before a title (also "the acting …", "its").
const TITLE_AFTER_NAME = /(.*\p{L})(?:, | as )(?:the |its |their )(?:acting |interim |caretaker |then )?$/u;

/** A reading whose surrounding words are found only if a sense or a title asks (most mentions have one reading). */
class Reading implements LocalReading {
  blocked?: LocalReading['blocked'];
  claims?: boolean;
  apposition?: boolean;
  follows?: string;
  nameAfter?: boolean;
  officeOnly?: boolean;
  shape?: CueShape;
  definedAs?: string;
  private words?: [before: string, after: string];

  constructor(
    private readonly beforeText: string,
    private readonly afterText: string,
  ) {}

  get before(): string {
    return (this.words ??= [lastWords(this.beforeText), firstWords(this.afterText)])[0];
  }

  get after(): string {
    return (this.words ??= [lastWords(this.beforeText), firstWords(this.afterText)])[1];
  }
}

/** Facts about a block read once for all its mentions. */
export interface BlockFacts {
  text: string;
  /** Whether a URL, address or handle can be in the block at all (most blocks have no "/" or "@"). */
  linky: boolean;
  /** Title Case (a headline): capitalised neighbours say nothing about names there. */
  headline: boolean;
}

export function blockFacts(text: string): BlockFacts {
  return { text, linky: /[@/]|www\./.test(text), headline: isHeadline(text) };
}

const isSpace = (code: number) => code === 0x20 || code === 0xa0 || (code >= 0x09 && code <= 0x0d);

/** The mention's token, out to whitespace on both sides (a URL can be long: read at most 500 units each way). */
function tokenAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && start - from < 500 && !isSpace(text.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < text.length && to - end < 500 && !isSpace(text.charCodeAt(to))) to++;
  return text.slice(from, to);
}

function isHeadline(text: string): boolean {
  // A headline carries no full stop at its end; a short sentence of names does ("Mumtaz Zahra Baloch spoke.").
  if (text.length > 200 || /\.\s*$/.test(text)) return false;
  const words = text.match(/\p{L}+/gu) ?? [];
  // Title Case: every word of four letters or more capitalised ("Munir Warns Kabul Over Attacks").
  return words.length >= 4 && words.every((w) => w.length < 4 || CAPITALISED.test(w));
}

/** Reads each match of a block in turn (a match can be defined by the one before it). */
export function readMatches(
  facts: BlockFacts,
  matches: readonly TermMatch[],
  rules: ReadingRules,
): LocalReading[] {
  return matches.map((match, i) => readMatch(facts, match, matches[i - 1], rules));
}

function readMatch(
  { text, linky, headline }: BlockFacts,
  { start, end, candidates, pattern, form }: TermMatch,
  previous: TermMatch | undefined,
  rules: ReadingRules,
): LocalReading {
  const beforeText = text.slice(Math.max(0, start - 40), start);
  const afterText = text.slice(end, end + 40);
  const reading = new Reading(beforeText, afterText);
  const blocked = (why: LocalReading['blocked']) => ((reading.blocked = why), reading);
  if (linky && NOT_PROSE_TOKEN.test(tokenAround(text, start, end))) return blocked('not-prose');
  // "Pakistan-Taliban talks": a pair, where the glossary's spelling needs a space ("Pakistan Taliban").
  if (/[-‐-―]/.test(text.slice(start, end)) && candidates.some((c) => rules.spacedOnly(c.key, pattern)))
    return blocked('pair');
  // "PK-70", "Khyber-II": a term joined to a number is a code, not a mention.
  if (/^-(?:\d|[IVX]+\b)/.test(afterText)) return blocked('not-prose');
  // "JUI-S", "BLA-J": an abbreviation with a faction letter after it is another body's name.
  if (/^-\p{Lu}{1,3}\b/u.test(afterText) && !/\p{Ll}/u.test(text.slice(start, end))) return blocked('name');
  const inParens = text[start - 1] === '(' && text[end] === ')';
  // "Pakistan Tehreek-e-Insaf (PTI)": the abbreviation of the name right before it, when it can be.
  const defines =
    inParens &&
    previous &&
    /^\s?\($/.test(text.slice(previous.end, start)) &&
    candidates.some((c) => c.key === previous.key);
  if (defines) reading.definedAs = previous.key;
  else if (inParens && isDateline(text.slice(0, start - 1))) reading.shape = 'dateline';
  else if (text.length - end < 8 && /[—–-]\s?\(?$/.test(beforeText) && /^[\s.)\]]*$/.test(text.slice(end)))
    reading.shape = 'byline';
  const word = text.slice(start, end);
  const nameLike = candidates.some((c) => c.role !== ROLE.full || rules.isName(c.key, form));
  const next = nextWord(afterText);
  // "the president": a title in lower case is one only as "the …", and not "the president of …";
  // where it is also an office's own name ("as chief minister"), it is that office.
  // ("former Prime Minister", "acting Foreign Minister": the case is that of the words after "former".)
  const titleCase = CAPITALISED.test(word.replace(/^(?:former|ex|acting|interim|caretaker)[\s-]+/i, ''));
  if (!titleCase && candidates.some((c) => rules.isTitle(c.key, form))) {
    const title = /(?:^|\s)the\s$/i.test(beforeText) && next.toLowerCase() !== 'of';
    if (!title && !candidates.some((c) => c.role === ROLE.full)) return blocked('common');
    if (!title) reading.officeOnly = true;
  }
  if (!nameLike) {
    // "Islamabad High Court", "Pakistan Democratic Movement": a place inside a longer proper name.
    const place = candidates.some((c) => rules.isPlace(c.key));
    return place && !headline && ONE_WORD.test(word) && isNamePart(next, rules) ? blocked('name') : reading;
  }
  // "Deputy Interior Minister", "Deputy Speaker": a deputy's title, not the holder's.
  if (/deputy\s$/i.test(beforeText)) return blocked('common');
  // Several words ("Prime Minister", "Noor Wali"): followed by a name, they are that person's.
  if (!ONE_WORD.test(word)) {
    if (headline) return reading;
    // "Defence Minister Mullah Md Yaqub Mujahid": an honorific then a name is a name too.
    const afterHonorific = nextWord(afterText.slice(next.length + 1));
    if (isNamePart(next, rules) || (isHonorific(next, rules) && isNamePart(afterHonorific, rules)))
      return blocked('name');
    // "Mullah Yaqub, the Defence Minister,": the title of the name right before (not "…, the PM's brother").
    const appositive = TITLE_AFTER_NAME.exec(beforeText);
    if (appositive && !/^['’]/.test(afterText)) reading.follows = appositive[1];
    // "Pakistan's Defence Minister, Khawaja Asif": only the name right after can say whose title it is.
    const named = nextWord(afterText.slice(1));
    // (A name safe on its own, "PM Shehbaz, CM Gandapur slam …", is no title waiting for one.)
    reading.apposition =
      afterText[0] === ',' &&
      CAPITALISED.test(named) &&
      !rules.notNames.has(named.toLowerCase()) &&
      candidates.some((c) => rules.isTitle(c.key, form));
    return reading;
  }
  // "A brave Mujahid", "a Khan": a noun with an article, not someone's name.
  // (Not across punctuation: "without quoting a source, Munir said".)
  // An abbreviation stands as a modifier after "a" ("a BHC judgment"), unless it is a title ("a new CEC").
  const modifier = ALL_CAPS.test(word) && !candidates.some((c) => rules.isTitle(c.key, form));
  if (!modifier && /(?:^|\s)an?\s+(?:[^\s,;:.!?]+\s+)?$/i.test(beforeText)) return blocked('common');
  const neighbour = nameNeighbour(beforeText, afterText, headline, rules);
  if (headline && isNamePart(next, rules)) reading.nameAfter = true;
  return neighbour ? Object.assign(reading, neighbour) : reading;
}

const previousWord = (beforeText: string) => /([\p{L}\p{M}.'’]+)[ \u00a0]$/u.exec(beforeText)?.[1] ?? '';
const nextWord = (afterText: string) => (/^[ \u00a0](\S+)/u.exec(afterText)?.[1] ?? '').replace(/[,;:]$/, '');

/** "Lahore, Jan 3" or "ISLAMABAD": a short lead of capitalised words and numbers opening the block. */
function isDateline(lead: string): boolean {
  return lead.length > 0 && lead.length <= 60 && CAPITALISED.test(lead.trim()) && !LOWER_WORD.test(lead);
}

/**
 * Whether a one-word name is part of a longer name (or a tribe). Only a name's last word claims the
 * form for its bearer: "Ahmad Khan Qureshi" is later "Qureshi", not "Ahmad".
 */
function nameNeighbour(
  beforeText: string,
  afterText: string,
  headline: boolean,
  rules: ReadingRules,
): Pick<LocalReading, 'blocked' | 'claims'> | undefined {
  // ("Khan-led", "Sharif-era": a name before a lower-case word of that kind is still the name.)
  const compound = /^-\p{L}/u.test(afterText) && !rules.compounds.has(afterText.slice(1).split(/\W/, 1)[0]!);
  if (/\p{L}-(?:\p{L}{1,2}-)?$/u.test(beforeText) || compound) return { blocked: 'name' };
  const next = nextWord(afterText);
  if (rules.kin.has(next.toLowerCase().replace(/\.$/, ''))) return { blocked: 'kin' };
  if (headline) return undefined;
  const previous = previousWord(beforeText);
  // "… his son Shahbaz Khosa.": the next word is still part of the name where the sentence ends.
  const followed = isNamePart(next.replace(/\.$/, ''), rules);
  if (followed) return { blocked: 'name' };
  if (isNamePart(previous, rules)) return { blocked: 'name', claims: true };
  return undefined;
}

/** "Mullah", "Maulana", "Gen": a capitalised title word that stands before names. */
function isHonorific(word: string, { titles }: ReadingRules): boolean {
  return CAPITALISED.test(word) && titles.has(word.replace(/\.$/, '').toLowerCase());
}

/** A capitalised word that is neither a title nor an ordinary capitalised word, nor possessive. */
function isNamePart(word: string, { titles, notNames }: ReadingRules): boolean {
  if (!CAPITALISED.test(word) || /['’]s?$/.test(word) || /[,;:]$/.test(word)) return false;
  const bare = word.replace(/\.$/, '').toLowerCase();
  if (word.endsWith('.') && !titles.has(bare)) return false; // a sentence ends there
  if (word.length > 1 && word === word.toUpperCase()) return false; // "PM", "TTP": not a given name
  return !titles.has(bare) && !notNames.has(bare);
}

function lastWords(text: string): string {
  const words = text.toLowerCase().replace(/’/g, "'").match(WORD) ?? [];
  return words.slice(-4).join(' ');
}

function firstWords(text: string): string {
  const words = text.toLowerCase().replace(/’/g, "'").match(WORD) ?? [];
  return words.slice(0, 2).join(' ');
}
