import type { CueHit } from '../matcher/find-terms';
import { ROLE } from '../matcher/term-pattern';
import { LATER_NAME_MAX_MENTIONS } from '../constants';
import { lastWordForm, type ContextData } from './context-data';
import {
  ArticleCues,
  isFullFormOf,
  isPastTitle,
  isPlain,
  NAMED,
  NONE,
  NOT_OURS,
  resolveOne,
  titleBefore,
  type Claim,
  type MentionToResolve,
  type Resolution,
} from './resolve-scope';
import { ofHolder } from './title-holder';
import { addOne, addTo } from './article-cues';
import type { Why } from './why';

/** Readings of a title that leave it naming no one: its leading term is glossed instead. */
const LEAD_FALLBACK: ReadonlySet<Why['kind']> = new Set(['no-antecedent', 'unsettled', 'common']);
/** Readings decided by what the article as a whole says: weighed again as the article grows. */
const WEIGHED: ReadonlySet<Why['kind']> = new Set(['shape', 'near', 'entry', 'word', 'default', 'unsettled']);

/**
 * The reading of one article (scope), in reading order, extended as text is added after it: a page
 * redraws while it is still being scanned, and reading only the new mentions keeps each redraw's cost
 * to what changed. A short form takes the entry whose full form came most recently before it, unless
 * a name that is not ours claimed the form since; a spelling shared by several entries takes the sense
 * the article supports best (its shape here, words next to it, other entries and cue words in the
 * article), else the declared default, else nothing. `choices` are the reader's picks for a form.
 */
export class ScopeReading {
  readonly resolutions: Resolution[] = [];
  private readonly mentions: MentionToResolve[] = [];
  private readonly claims = new Map<string, Claim>();
  private readonly present = new Map<string, number>(); // entry named plainly → how often
  private readonly named = new Set<string>();
  private readonly cueWords = new Map<string, Set<string>>();
  private readonly article: ArticleCues;
  /** Mentions whose sense the article decided, with the claim on their form when they were read. */
  private readonly weighed: { index: number; claim: Claim | undefined }[] = [];
  /** Short forms nothing before them explained, by form: a full name right after may ("Haqqani" in a headline). */
  private readonly waiting = new Map<string, number[]>();
  private readonly people: ReadonlySet<string>;
  /** Every short form some person goes by that is no other entry's spelling ("Khan", not "Baloch"). */
  private readonly shortForms: ReadonlySet<string>;
  /** How often each entry has been named in full so far. */
  private readonly namedTimes = new Map<string, number>();

  constructor(
    private readonly data: ContextData,
    private readonly choices: ReadonlyMap<string, string> = new Map(),
    /** The page's date (YYYY-MM, or ''): senses tied to months are taken only in an article dated within them. */
    published = '',
  ) {
    this.article = new ArticleCues(this.present, this.named, this.cueWords, data, published);
    this.people = new Set(data.people);
    const surnames = new Set(Object.values(data.surnames).flat());
    this.shortForms = new Set(
      Object.values(data.claims)
        .flat()
        .filter((f) => !surnames.has(f)),
    );
  }

  /**
   * Reads mentions that follow those read so far (with the cue words of the text they came in), and
   * weighs the earlier senses again against the article as it now is. False when an earlier sense
   * changed to or from an entry whose forms later mentions could have taken: read the whole article
   * again then.
   */
  append(mentions: readonly MentionToResolve[], cues: readonly CueHit[]): boolean {
    const { data, choices } = this;
    for (const m of mentions) {
      const only = m.candidates.length === 1 ? m.candidates[0]! : null;
      const plain = only && only.role === ROLE.full && !m.local.blocked;
      if (plain && !data.needsCue[only.key]?.includes(m.form)) addOne(this.present, only.key);
    }
    for (const { key, word } of cues) {
      const words = this.cueWords.get(key) ?? new Set<string>();
      this.cueWords.set(key, words.add(word));
    }
    this.article.clear();
    if (!this.weighAgain()) return false;
    // A plain loop: this runs over every new mention at each redraw, often before the JIT has warmed up.
    for (const m of mentions) {
      const index = this.mentions.push(m) - 1;
      const claim = this.claims.get(m.form);
      const resolution = isPlain(m, data, choices)
        ? { entryId: m.candidates[0]!.key, why: NAMED, others: NONE }
        : (ofHolder(m) ??
          this.titleOfNameBefore(m, index) ??
          resolveOne(m, this.claims, this.article, data, choices));
      this.resolutions.push(this.orLeadingTerm(m, resolution));
      if (WEIGHED.has(resolution.why.kind)) this.weighed.push({ index, claim });
      const { entryId } = resolution;
      if (entryId && isFullFormOf(m, entryId) && !data.cues[entryId]?.onceNamed?.includes(m.form))
        this.named.add(entryId);
      // Added to in place: copying the list for each one made a long page's redraws quadratic.
      if (resolution.why.kind === 'no-antecedent') addTo(this.waiting, m.form, index);
      else if (this.claims.get(m.form) === NOT_OURS) this.waiting.delete(m.form);
      // "The Baloch community" names the people: it takes no form back from the person named before.
      if (resolution.entryId && m.local.blocked !== 'kin') this.claimFor(m, resolution.entryId, index);
      // "Finance Minister Aurangzeb … Aurangzeb said": named with his title, he holds the short form.
      if (resolution.why.kind === 'titled')
        this.claim(m.form, resolution.entryId!, `${resolution.why.title} ${m.text}`, index);
    }
    return true;
  }

  /**
   * "The FO spokesperson said", "the former ISI chief": a title that names no one in this article
   * still names the body it begins with.
   */
  private orLeadingTerm(m: MentionToResolve, resolution: Resolution): Resolution {
    const { inner } = m;
    if (resolution.entryId || !inner || !LEAD_FALLBACK.has(resolution.why.kind)) return resolution;
    // Read as a mention of its own, with the rest of the title after it ("Taliban" + "leader").
    const rest = m.text.slice(inner.end).trim().toLowerCase();
    const term: MentionToResolve = {
      text: m.text.slice(inner.start, inner.end),
      form: inner.form,
      candidates: inner.candidates,
      local: { before: m.local.before, after: rest.split(/\s+/).slice(0, 2).join(' ') },
    };
    const read = resolveOne(term, new Map(), this.article, this.data, this.choices);
    return read.entryId ? { ...read, part: [inner.start, inner.end] } : resolution;
  }

  /** "Mullah Yaqub, the Defence Minister": a title right after a name of ours that holds it is that name's. */
  private titleOfNameBefore(m: MentionToResolve, index: number): Resolution | null {
    const name = this.mentions[index - 1];
    const entryId = name && this.resolutions[index - 1]!.entryId;
    if (!m.local.follows || !entryId || !m.local.follows.endsWith(name.text)) return null;
    if (!this.data.titles[entryId]?.includes(m.form) || !isFullFormOf(name, entryId)) return null;
    const others = m.candidates.map((c) => c.key).filter((k) => k !== entryId);
    this.claims.set(m.form, { entry: entryId, as: name.text }); // "… the defence minister said" later
    return { entryId, why: { kind: 'earlier', as: name.text }, others };
  }

  private weighAgain(): boolean {
    for (const { index, claim } of this.weighed) {
      const m = this.mentions[index]!;
      const was = this.resolutions[index]!.entryId;
      const claims = new Map<string, Claim>(claim ? [[m.form, claim]] : []);
      const now = this.orLeadingTerm(m, resolveOne(m, claims, this.article, this.data, this.choices));
      if (now.entryId !== was && (this.claimsForms(was) || this.claimsForms(now.entryId))) return false;
      this.resolutions[index] = now;
    }
    return true;
  }

  private claimsForms(entryId: string | null): boolean {
    return !!entryId && !!(this.data.claims[entryId] ?? this.data.titles[entryId]);
  }

  /** What a mention read as `entryId` claims for it: its short forms, and a title it stands after. */
  private claimFor(m: MentionToResolve, entryId: string, index: number): void {
    const full = isFullFormOf(m, entryId);
    if (full) {
      addOne(this.namedTimes, entryId);
      const own = this.data.claims[entryId] ?? NONE;
      for (const form of own)
        if (!this.heldByMoreNamed(form, entryId)) this.claim(form, entryId, m.text, index);
      // "Omar Ayub Khan … Khan said": a name of ours that ends in someone else's short form, and does
      // not go by it, keeps that form from them, as a name that is not ours would, unless one of
      // them was named first (the one named first keeps a shared surname).
      const last = this.people.has(entryId) ? lastWordForm(m.text) : '';
      if (this.shortForms.has(last) && !own.includes(last) && !this.claims.has(last))
        this.claims.set(last, NOT_OURS);
    }
    // "Prime Minister Shehbaz Sharif", "Field Marshal Asim Munir", "PM Shehbaz": the title now names him.
    const titles = this.data.titles[entryId] ?? NONE;
    const title = titles.find((t) => titleBefore(m.local.before, t) || m.form.startsWith(`${t} `));
    if (title) this.claimTitled(titles, title, entryId, m.text, index);
    else if (full) this.claimUntitled(titles, m, entryId);
  }

  /**
   * "Khalil Haqqani was killed … his nephew, Anas Haqqani, said … Haqqani's death": a person of ours
   * named in passing does not take a shared surname from the one the article named first, unless the
   * article has named him in full more often by then (eval:context: 8 right more, none lost, against
   * giving it to the most recent full name).
   */
  private heldByMoreNamed(form: string, entryId: string): boolean {
    const held = this.claims.get(form)?.entry;
    if (!held || held === entryId || !this.people.has(held) || !this.people.has(entryId)) return false;
    return (this.namedTimes.get(held) ?? 0) >= this.namedTimes.get(entryId)!;
  }

  /**
   * Named with a title: it and the shorter titles it ends with are his ("SBP Governor Jameel Ahmad …
   * the governor said"); the title right before the name did not wait for it (the name is glossed).
   * Named with a title he holds now, he holds his other present titles, whoever held them before in
   * the article, and a headline's "Army chief" before "COAS Field Marshal Asim Munir" is his too.
   * Named as a former holder ("former Prime Minister Imran Khan"), he holds his other "former" titles
   * ("the former premier") if no one does yet, not the office itself.
   */
  private claimTitled(titles: readonly string[], title: string, entryId: string, as: string, index: number) {
    const former = isPastTitle(title);
    for (const t of titles)
      if (t === title || (title.endsWith(` ${t}`) && titleBefore(title, t)))
        this.claim(t, entryId, as, index - 1);
      else if (!former && !isPastTitle(t)) this.claim(t, entryId, as, index);
      else if (former && isPastTitle(t) && !this.claims.has(t)) this.claims.set(t, { entry: entryId, as });
  }

  /**
   * Named in full without a title, he still holds his titles: "Khawaja Asif … the defence minister
   * said". A title another name holds already stays that name's; such a title says nothing of a
   * mention before the name (a headline's "PM" is not every former prime minister named below it).
   * A former holder holds only "former …" titles. An office's entry holds its titles only until a
   * holder is named ("Chief Minister of Khyber Pakhtunkhwa, Sohail Afridi … the CM").
   */
  private claimUntitled(titles: readonly string[], m: MentionToResolve, entryId: string) {
    const asFormer = titles.some((t) => m.local.before.endsWith(t));
    for (const t of titles) {
      if (asFormer && !isPastTitle(t)) continue;
      const held = this.claims.get(t)?.entry;
      if (held === undefined || (held && !this.people.has(held) && this.people.has(entryId)))
        this.claims.set(t, { entry: entryId, as: m.text });
    }
  }

  /**
   * `form` now means `entry`, named as `as` by a mention. Short forms of that entry before mention
   * `until` that nothing explained take it too: a headline's "Haqqani" is the Sirajuddin Haqqani of
   * the first paragraph (unless a name that is not ours claimed the form in between).
   */
  private claim(form: string, entry: string, as: string, until: number): void {
    this.claims.set(form, { entry, as });
    for (const i of this.waiting.get(form) ?? []) {
      const { others } = this.resolutions[i]!;
      // "Pakistan's Defence Minister, Khawaja Asif": the title set off by a comma is his, and only his.
      const apposition = this.mentions[i]!.local.apposition;
      const reach = apposition ? 1 : LATER_NAME_MAX_MENTIONS;
      if ((i < until || apposition) && until - i <= reach && others.includes(entry))
        this.resolutions[i] = {
          entryId: entry,
          why: { kind: 'later', as },
          others: others.filter((k) => k !== entry),
        };
    }
    this.waiting.delete(form);
  }
}
