/**
 * Picks, from a fixed list of strings, the few a fuzzy pattern could match, so that fuse (slow per string)
 * scores tens of strings per keystroke instead of thousands. The tests are necessary conditions for a
 * match within `maxErrors` edits, so nothing fuse would have matched is dropped, except past the cap.
 */

/** Letters a–z get a bit each; digits, space and apostrophe share three; anything else one of three more. */
function charBit(code: number): number {
  if (code >= 0x61 && code <= 0x7a) return 1 << (code - 0x61);
  if (code >= 0x30 && code <= 0x39) return 1 << 26;
  if (code === 0x20) return 1 << 27;
  if (code === 0x27) return 1 << 28;
  return 1 << (29 + (code % 3));
}

function bigramKey(text: string, at: number): number {
  return text.charCodeAt(at) * 0x10000 + text.charCodeAt(at + 1);
}

/** Longer patterns are cut into chunks matched apart (fuse's bitap works on 32 bits), so the bounds do not hold. */
const MAX_BOUNDED_PATTERN = 32;

export class CandidateFilter {
  /** Per string, the bits of the characters it contains. */
  private readonly masks: Int32Array;
  /** Per pair of adjacent characters, the strings containing it, in ascending order. */
  private readonly postings = new Map<number, number[]>();
  private readonly counts: Uint16Array;

  /** `texts` should come shortest first: among equally likely candidates the earlier are preferred. */
  constructor(texts: readonly string[]) {
    this.masks = new Int32Array(texts.length);
    this.counts = new Uint16Array(texts.length);
    texts.forEach((text, id) => {
      let mask = 0;
      for (let i = 0; i < text.length; i++) mask |= charBit(text.charCodeAt(i));
      this.masks[id] = mask;
      for (let i = 0; i + 1 < text.length; i++) {
        const key = bigramKey(text, i);
        const list = this.postings.get(key);
        // Ids come in order, so a pair seen earlier in this text is the list's last id.
        if (!list) this.postings.set(key, [id]);
        else if (list[list.length - 1] !== id) list.push(id);
      }
    });
  }

  /**
   * Ids of the strings that may contain `pattern` within `maxErrors` edits, those sharing the most of its
   * character pairs first, then the shorter, at most `cap` of them.
   */
  candidates(pattern: string, maxErrors: number, cap: number): number[] {
    const length = pattern.length;
    const bounded = length <= MAX_BOUNDED_PATTERN;
    // Each edit spoils at most two of the pattern's length − 1 pairs and one of its characters.
    const minPairs = bounded ? length - 1 - 2 * maxErrors : 0;
    const minChars = bounded ? length - maxErrors : 0;
    const bits: number[] = [];
    for (let i = 0; i < length; i++) bits.push(charBit(pattern.charCodeAt(i)));
    const hasChars = (id: number) => {
      if (minChars <= 0) return true;
      const mask = this.masks[id]!;
      let present = 0;
      for (const bit of bits) if (mask & bit) present++;
      return present >= minChars;
    };

    // Count, per string, the pattern's pairs it contains; only strings containing one are touched.
    const counts = this.counts;
    const touched: number[] = [];
    for (let i = 0; i + 1 < length; i++) {
      for (const id of this.postings.get(bigramKey(pattern, i)) ?? []) {
        if (counts[id] === 0) touched.push(id);
        counts[id] = counts[id]! + 1;
      }
    }
    const buckets: number[][] = Array.from({ length }, () => []);
    if (minPairs > 0) {
      for (const id of touched) if (counts[id]! >= minPairs && hasChars(id)) buckets[counts[id]!]!.push(id);
    } else {
      // Strings sharing no pair may still match: all are looked at, in order, so the shorter come first.
      for (let id = 0; id < counts.length; id++) {
        if (hasChars(id)) buckets[counts[id]!]!.push(id);
        // Without pairs to rank by, the first `cap` found are the shortest.
        if (length < 2 && buckets[0]!.length === cap) break;
      }
    }
    for (const id of touched) counts[id] = 0;

    const chosen: number[] = [];
    for (let count = length - 1; count >= 0 && chosen.length < cap; count--) {
      const bucket = buckets[count]!;
      if (minPairs > 0) bucket.sort((a, b) => a - b);
      chosen.push(...bucket.slice(0, cap - chosen.length));
    }
    return chosen;
  }
}
