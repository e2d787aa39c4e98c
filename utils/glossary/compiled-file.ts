import type { AutomatonData } from '../matcher/automaton';
import type { MatcherData } from '../matcher/compiled-matcher';
import { normalisePattern } from '../matcher/normalise';
import type { ContextData } from '../resolver/context-data';
import type { CompiledGlossary } from './compiled-glossary';
import { fingerprint } from './fingerprint';
import type { Category } from './types';

/**
 * The compiled glossary as one binary file, read with typed-array views and one JSON.parse for the
 * strings. Layout: magic "NGG1", header length (u32 LE), header JSON (UTF-8) padded to 4 bytes, then
 * each array in header order, each padded to 4 bytes so Int32Array views stay aligned. The strings
 * (entry ids, categories, packs) and the resolver's context are two more arrays of UTF-8 JSON, each
 * parsed when first asked for: a page that never meets an imported pack's term never parses its 5,000
 * ids, and one with the reader's copy (its context joined with the bundled one) never parses the
 * bundled context. Parsed at once, they left the young heap so full that a 5,000-entry pack cost every
 * page a scavenge of about 2 ms during start-up (Chromium trace, bench: imported pack).
 */
export const COMPILED_GLOSSARY_FILE = 'glossary.bin';

const MAGIC = 0x3147474e; // "NGG1" read as a little-endian u32
export const FORMAT_VERSION = 4;

type Kind = 'i32' | 'u16' | 'u8';
const VIEWS = { i32: Int32Array, u16: Uint16Array, u8: Uint8Array } as const;

interface Header {
  version: number;
  keyCount: number;
  stamp: string;
  joinedWith?: string;
  arrays: [name: string, kind: Kind, length: number][];
}

/** Parallel to MatcherData.keys: each entry's id, category and pack. */
interface Strings {
  keys: readonly string[];
  categories: readonly Category[];
  packs: readonly string[];
}

const ARRAYS: [
  name: string,
  kind: Kind,
  read: (c: CompiledGlossary) => Int32Array | Uint16Array | Uint8Array,
][] = [
  ['edgeStart', 'i32', (c) => c.matcher.automaton.edgeStart],
  ['edgeCodes', 'u16', (c) => c.matcher.automaton.edgeCodes],
  ['fail', 'i32', (c) => c.matcher.automaton.fail],
  ['dictionary', 'i32', (c) => c.matcher.automaton.dictionary],
  ['output', 'i32', (c) => c.matcher.automaton.output],
  ['lengths', 'i32', (c) => c.matcher.automaton.lengths],
  ['candidateStart', 'i32', (c) => c.matcher.candidateStart],
  ['candidates', 'i32', (c) => c.matcher.candidates],
  ['spellingKey', 'i32', (c) => c.matcher.spellingKey],
  ['caseSensitive', 'u8', (c) => c.matcher.caseSensitive],
  ['spellingRole', 'u8', (c) => c.matcher.spellingRole],
  ['spellingStart', 'i32', (c) => spellingTexts(c).start],
  ['spellingBytes', 'u8', (c) => spellingTexts(c).bytes],
];

type SpellingTexts = { start: Int32Array; bytes: Uint8Array };
/** Both arrays come from one encoding: made once per glossary encoded, not once per array. */
const encodedSpellings = new WeakMap<CompiledGlossary, SpellingTexts>();

/** Every spelling as written, as UTF-8 one after another: spelling s is bytes[start[s] .. start[s + 1]). */
function spellingTexts(compiled: CompiledGlossary): SpellingTexts {
  let texts = encodedSpellings.get(compiled);
  if (!texts) encodedSpellings.set(compiled, (texts = encodeSpellings(compiled)));
  return texts;
}

function encodeSpellings({ matcher }: CompiledGlossary): SpellingTexts {
  const utf8 = new TextEncoder();
  const encoded = Array.from(matcher.spellingKey, (_, s) => utf8.encode(matcher.spellingText(s)));
  const start = new Int32Array(encoded.length + 1);
  encoded.forEach((text, s) => (start[s + 1] = start[s]! + text.length));
  const bytes = new Uint8Array(start[encoded.length]!);
  encoded.forEach((text, s) => bytes.set(text, start[s]));
  return { start, bytes };
}

const padded = (n: number) => (n + 3) & ~3;

export function encodeCompiledGlossary(compiled: CompiledGlossary): Uint8Array<ArrayBuffer> {
  const { matcher } = compiled;
  const context = JSON.stringify(compiled.context);
  const strings: Strings = { keys: matcher.keys, categories: compiled.categories, packs: compiled.packs };
  const utf8 = new TextEncoder();
  const arrays = [
    ...ARRAYS.map(([name, kind, read]) => ({ name, kind, array: read(compiled) })),
    { name: 'strings', kind: 'u8' as const, array: utf8.encode(JSON.stringify(strings)) },
    { name: 'context', kind: 'u8' as const, array: utf8.encode(context) },
  ];
  const header: Header = {
    version: FORMAT_VERSION,
    keyCount: matcher.keys.length,
    stamp: fingerprint(context),
    ...(compiled.joinedWith ? { joinedWith: compiled.joinedWith } : {}),
    arrays: arrays.map(({ name, kind, array }) => [name, kind, array.length]),
  };
  const json = new TextEncoder().encode(JSON.stringify(header));
  let size = 8 + padded(json.length);
  for (const { array } of arrays) size += padded(array.byteLength);
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, json.length, true);
  bytes.set(json, 8);
  let at = 8 + padded(json.length);
  for (const { array } of arrays) {
    bytes.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), at);
    at += padded(array.byteLength);
  }
  return bytes;
}

/** Reads the file back; throws a readable error for anything that is not this format and version. */
export function decodeCompiledGlossary(buffer: ArrayBuffer): CompiledGlossary {
  const view = new DataView(buffer);
  if (buffer.byteLength < 8 || view.getUint32(0, true) !== MAGIC)
    throw new Error(`${COMPILED_GLOSSARY_FILE} is not a compiled NewsGloss glossary`);
  const jsonLength = view.getUint32(4, true);
  const header = JSON.parse(new TextDecoder().decode(new Uint8Array(buffer, 8, jsonLength))) as Header;
  if (header.version !== FORMAT_VERSION)
    throw new Error(
      `${COMPILED_GLOSSARY_FILE} has format ${header.version}; this build reads ${FORMAT_VERSION}`,
    );
  const arrays: Record<string, Int32Array | Uint16Array | Uint8Array> = {};
  let at = 8 + padded(jsonLength);
  for (const [name, kind, length] of header.arrays) {
    const bytes = length * VIEWS[kind].BYTES_PER_ELEMENT;
    if (at + bytes > buffer.byteLength) throw new Error(`${COMPILED_GLOSSARY_FILE} is truncated`);
    arrays[name] = new VIEWS[kind](buffer, at, length);
    at += padded(bytes);
  }
  const automaton = arrays as unknown as AutomatonData;
  const utf8 = new TextDecoder();
  const [stringsJson, contextJson] = [arrays.strings, arrays.context];
  if (!stringsJson || !contextJson) throw new Error(`${COMPILED_GLOSSARY_FILE} is truncated`);
  const lazyJson = <T>(json: Uint8Array | Int32Array | Uint16Array) => {
    let value: T | undefined;
    return () => (value ??= JSON.parse(utf8.decode(json)) as T);
  };
  const strings = lazyJson<Strings>(stringsJson);
  const context = lazyJson<ContextData>(contextJson);
  // Each spelling decoded once, when first hit: a TextDecoder call per hit cost tens of ms on a page
  // with thousands of hits (profiled on the benchmark's generated page).
  const decoded: string[] = [];
  const cased: string[] = [];
  const [start, bytes] = [arrays.spellingStart!, arrays.spellingBytes!];
  const caseSensitive = arrays.caseSensitive as Uint8Array;
  const spellingText = (s: number) => (decoded[s] ??= utf8.decode(bytes.subarray(start[s], start[s + 1])));
  const matcher: MatcherData = {
    automaton,
    candidateStart: arrays.candidateStart as Int32Array,
    candidates: arrays.candidates as Int32Array,
    spellingKey: arrays.spellingKey as Int32Array,
    caseSensitive,
    spellingRole: arrays.spellingRole as Uint8Array,
    spellingText,
    // As compileMatcher normalised it, made again from the spelling when first needed.
    spellingCased: (s) => (caseSensitive[s] ? (cased[s] ??= normalisePattern(spellingText(s), true)) : ''),
    keyCount: header.keyCount,
    get keys() {
      return strings().keys;
    },
  };
  return {
    matcher,
    get categories() {
      return strings().categories;
    },
    get packs() {
      return strings().packs;
    },
    stamp: header.stamp,
    joinedWith: header.joinedWith,
    get context() {
      return context();
    },
  };
}
