/**
 * Text normalisation shared by the patterns and the page text, so that spellings readers meet are
 * treated alike: case (for words), diacritics (Türkiye / Turkiye), hyphens, dashes and spaces between
 * words (Chaman–Spin Boldak / Chaman-Spin Boldak / Chaman Spin Boldak), apostrophes (’ / '), and
 * invisible characters (soft hyphens, zero-width spaces).
 */

/** Code unit used for every run of separators (hyphens, dashes, spaces of any kind). */
export const SEPARATOR = 0x20;
const APOSTROPHE = 0x27;

/** What one source code unit becomes: DROP (nothing), or a normalised string of one or more units. */
const DROP = '';

// One code unit each. Invisible: soft hyphen, zero-width space and joiners, word joiner, BOM.
const INVISIBLE = /^[\u00ad\u200b-\u200d\u2060\ufeff]$/;
// JS's \s (every Unicode space: tab to carriage return, no-break, ogham, en quad to hair, line and
// paragraph separators, narrow no-break, medium mathematical, ideographic; and the BOM, caught above),
// hyphen-minus, hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar, minus sign.
const SEPARATORS = /^[\s\u2010-\u2015\u2212-]$/;
const APOSTROPHES = /^['`\u00b4\u2018\u2019\u201b\u2032\u02bc\u02bb\uff07]$/;

const nonAsciiCache = new Map<number, string>();

/** The case-preserving normal form of one non-ASCII code unit (diacritics stripped). */
function foldNonAscii(code: number): string {
  let folded = nonAsciiCache.get(code);
  if (folded === undefined) {
    const unit = String.fromCharCode(code);
    if (INVISIBLE.test(unit)) folded = DROP;
    else if (SEPARATORS.test(unit)) folded = ' ';
    else if (APOSTROPHES.test(unit)) folded = "'";
    else if (code >= 0xd800 && code <= 0xdfff)
      folded = unit; // half of a pair: keep
    else {
      // NFD splits "ü" into "u" + combining diaeresis; the marks go. "ı" (dotless i) has no decomposition.
      folded = unit.normalize('NFD').replace(/\p{M}/gu, '').replace(/ı/g, 'i');
    }
    nonAsciiCache.set(code, folded);
  }
  return folded;
}

export interface NormalisedText {
  /** Lower-cased normal form: what the automaton reads. */
  folded: string;
  /** Same length as `folded`, case kept: what case-sensitive abbreviations are checked against. */
  cased: string;
  /** The index of the source unit that unit i of the normal form came from. */
  sourceStart(i: number): number;
  /** The index just after the source unit(s) that unit i of the normal form came from. */
  sourceEnd(i: number): number;
}

// Scratch space reused by every call: a page is normalised block by block, thousands of times, and
// fresh arrays per block made a third of the scan's time (allocation and garbage collection).
let units = new Uint16Array(1024);
let starts = new Int32Array(1024);
let ends = new Int32Array(1024);

function ensureCapacity(size: number): void {
  if (size <= units.length) return;
  const capacity = Math.max(size, units.length * 2);
  units = grow(units, capacity);
  starts = grow(starts, capacity);
  ends = grow(ends, capacity);
}

const identityStart = (i: number) => i;
const identityEnd = (i: number) => i + 1;

/**
 * Normalises text, keeping a map back to source offsets so matches can be turned into DOM ranges.
 * Runs of separators collapse to one space whose span covers the whole run. Most text keeps one unit
 * per source unit ("aligned"), and then no offset map is written at all. The offset functions read
 * shared scratch space: use them before the next call.
 */
export function normaliseText(text: string): NormalisedText {
  const length = text.length;
  ensureCapacity(length + 8);
  let out = 0;
  let lastWasSeparator = false;
  let aligned = true;
  let changed = false;
  const unalign = () => {
    for (let k = 0; k < out; k++) {
      starts[k] = k;
      ends[k] = k + 1;
    }
    aligned = false;
    changed = true;
  };
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80 && code !== 0x2d && code !== 0x60 && code > 0x20) {
      // The common case: a printable ASCII character other than "-" and "`" stands for itself.
      if (!aligned) {
        starts[out] = i;
        ends[out] = i + 1;
      }
      units[out++] = code;
      lastWasSeparator = false;
      continue;
    }
    const piece =
      code < 0x80
        ? code === 0x60
          ? "'"
          : code === 0x2d || isAsciiSpace(code)
            ? ' '
            : text[i]!
        : foldNonAscii(code);
    if (piece === DROP) {
      if (aligned) unalign();
      continue;
    }
    if (piece === ' ') {
      if (lastWasSeparator) {
        if (aligned) unalign();
        ends[out - 1] = i + 1;
        continue;
      }
      lastWasSeparator = true;
    } else {
      lastWasSeparator = false;
    }
    if (piece.length !== 1) {
      if (aligned) unalign();
      ensureCapacity(out + piece.length + 8);
    }
    for (let k = 0; k < piece.length; k++) {
      const unit = piece.charCodeAt(k);
      if (unit !== code) changed = true;
      if (!aligned) {
        starts[out] = i;
        ends[out] = i + 1;
      }
      units[out++] = unit;
    }
  }
  const cased = changed ? unitsToString(units, out) : text;
  const lower = cased.toLowerCase();
  if (aligned) {
    return {
      folded: lower.length === cased.length ? lower : lowerPerUnit(cased),
      cased,
      sourceStart: identityStart,
      sourceEnd: identityEnd,
    };
  }
  const [mapStart, mapEnd] = [starts, ends];
  return {
    folded: lower.length === cased.length ? lower : lowerPerUnit(cased),
    cased,
    sourceStart: (i) => mapStart[i]!,
    sourceEnd: (i) => mapEnd[i]!,
  };
}

function isAsciiSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d);
}

function grow<T extends Uint16Array | Int32Array>(array: T, size: number): T {
  const bigger = new (array.constructor as new (n: number) => T)(size);
  bigger.set(array);
  return bigger;
}

/** String.fromCharCode over chunks: one call per unit would be slow, one call for all would overflow the stack. */
function unitsToString(units: Uint16Array, length: number): string {
  const CHUNK = 8192;
  let result = '';
  for (let i = 0; i < length; i += CHUNK) {
    result += String.fromCharCode.apply(
      null,
      units.subarray(i, Math.min(length, i + CHUNK)) as unknown as number[],
    );
  }
  return result;
}

/** toLowerCase can change length ("İ" → "i̇"); keep one unit per unit so offsets stay aligned. */
function lowerPerUnit(text: string): string {
  let result = '';
  for (const unit of text) {
    const lower = unit.toLowerCase();
    result += lower.length === unit.length ? lower : unit;
  }
  return result;
}

/** Normal form of a pattern (an alias or abbreviation), trimmed of separators at either end. */
export function normalisePattern(pattern: string, caseSensitive: boolean): string {
  const { folded, cased } = normaliseText(pattern);
  return (caseSensitive ? cased : folded).trim();
}

/** Letters, marks and digits of any script make up words; anything else is a boundary. */
const WORD_UNIT = /[\p{L}\p{M}\p{N}]/u;

export function isWordUnit(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const code = text.charCodeAt(index);
  if (code < 0x80) {
    // "_" joins an identifier (country_pakistan_report): a term inside one is not a word of the text.
    return (
      (code >= 0x30 && code <= 0x39) ||
      (code >= 0x41 && code <= 0x5a) ||
      (code >= 0x61 && code <= 0x7a) ||
      code === 0x5f
    );
  }
  if (code === SEPARATOR || code === APOSTROPHE) return false;
  return WORD_UNIT.test(text[index]!);
}
