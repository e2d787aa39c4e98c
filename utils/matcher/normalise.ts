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

const SEPARATORS = new Set([
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006,
  0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
  // hyphen-minus, hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar, minus sign
  0x2d, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212,
]);
const APOSTROPHES = new Set([0x27, 0x60, 0xb4, 0x2018, 0x2019, 0x201b, 0x2032, 0x02bc, 0x02bb, 0xff07]);
const INVISIBLE = new Set([0xad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);

const nonAsciiCache = new Map<number, string>();

/** The case-preserving normal form of one non-ASCII code unit (diacritics stripped). */
function foldNonAscii(code: number): string {
  let folded = nonAsciiCache.get(code);
  if (folded === undefined) {
    if (SEPARATORS.has(code)) folded = ' ';
    else if (APOSTROPHES.has(code)) folded = "'";
    else if (INVISIBLE.has(code)) folded = DROP;
    else if (code >= 0xd800 && code <= 0xdfff)
      folded = String.fromCharCode(code); // half of a pair: keep
    else {
      // NFD splits "ü" into "u" + combining diaeresis; the marks go. "ı" (dotless i) has no decomposition.
      folded = String.fromCharCode(code).normalize('NFD').replace(/\p{M}/gu, '').replace(/ı/g, 'i');
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
  /** For each unit of the normal form, the index of the source unit it came from. */
  sourceStart: Int32Array;
  /** For each unit of the normal form, the index just after the source unit(s) it came from. */
  sourceEnd: Int32Array;
}

/**
 * Normalises text, keeping a map back to source offsets so matches can be turned into DOM ranges.
 * Runs of separators collapse to one space whose span covers the whole run.
 */
export function normaliseText(text: string): NormalisedText {
  const length = text.length;
  let units = new Uint16Array(length + 8);
  let sourceStart = new Int32Array(length + 8);
  let sourceEnd = new Int32Array(length + 8);
  let out = 0;
  let lastWasSeparator = false;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80 && code !== 0x2d && code !== 0x60 && code > 0x20) {
      // The common case: a printable ASCII character other than "-" and "`" stands for itself.
      units[out] = code;
      sourceStart[out] = i;
      sourceEnd[out] = i + 1;
      out++;
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
    if (piece === DROP) continue;
    if (piece === ' ') {
      if (lastWasSeparator) {
        sourceEnd[out - 1] = i + 1;
        continue;
      }
      lastWasSeparator = true;
    } else {
      lastWasSeparator = false;
    }
    if (out + piece.length > units.length) {
      units = grow(units, units.length * 2);
      sourceStart = grow(sourceStart, units.length);
      sourceEnd = grow(sourceEnd, units.length);
    }
    for (let k = 0; k < piece.length; k++) {
      units[out] = piece.charCodeAt(k);
      sourceStart[out] = i;
      sourceEnd[out] = i + 1;
      out++;
    }
  }
  const cased = unitsToString(units, out);
  const lower = cased.toLowerCase();
  return {
    folded: lower.length === cased.length ? lower : lowerPerUnit(cased),
    cased,
    sourceStart: sourceStart.subarray(0, out),
    sourceEnd: sourceEnd.subarray(0, out),
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
    return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  }
  if (code === SEPARATOR || code === APOSTROPHE) return false;
  return WORD_UNIT.test(text[index]!);
}
