import { asciiFirstClass } from './asciiFirstClass.js';

/**
 * Fails right after a letter or digit of the Basic Multilingual Plane: where
 * `/[\p{L}\p{N}]/u.test(text[at - 1])` holds, so after a surrogate pair (an astral letter is two
 * code units, neither a letter) it passes as that test does. Under the `i` flag a class of letters
 * also holds U+0345 (it folds to ι): the look-ahead keeps it out, and with it ι, Ι and ι
 * (U+03B9, U+0399, U+1FBE), after which it passes too, so callers keep their own test.
 */
const NO_WORD_CHARACTER_BEFORE = `(?<!(?!\\u0345)(?=[\\0-\\uffff])${asciiFirstClass('\\p{L}\\p{N}')})`;

const copies = new WeakMap<RegExp, RegExp>();

/**
 * A copy of a `u` regex that only tries positions after no letter or digit: a scan that keeps
 * word starts only no longer runs a large alternation at every character of every word. Every
 * match it finds is one the original finds at the same place; of the original's matches, it
 * misses none at a word start (see NO_WORD_CHARACTER_BEFORE for the three iotas it also keeps).
 */
export function wordStartOnly(regex: RegExp): RegExp {
  let copy = copies.get(regex);
  if (!copy) {
    copy = new RegExp(`${NO_WORD_CHARACTER_BEFORE}(?:${regex.source})`, regex.flags);
    copies.set(regex, copy);
  }
  return copy;
}
