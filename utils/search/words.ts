import { isWordUnit } from '../matcher/normalise';

const APOSTROPHE = "'";

export interface Word {
  text: string;
  /** Offset of the word in the text it came from. */
  start: number;
}

/**
 * The words of an already folded text, in order: runs of letters, marks and digits of any script, with
 * inner apostrophes ("pakistan's"). A loop over code units, as a Unicode regular expression took a good
 * share of building the index.
 */
export function wordsOf(folded: string): Word[] {
  const words: Word[] = [];
  let start = -1;
  for (let i = 0; i <= folded.length; i++) {
    if (isWordUnit(folded, i)) {
      if (start < 0) start = i;
    } else if (start >= 0 && !(folded[i] === APOSTROPHE && isWordUnit(folded, i + 1))) {
      words.push({ text: folded.slice(start, i), start });
      start = -1;
    }
  }
  return words;
}
