import { asciiFirstClass } from './asciiFirstClass.js';
import { captureGroups } from './captureGroups.js';
import { literalBeforeLookbehind } from './literalBeforeLookbehind.js';
import { fail, str } from './ruleJson.js';

/** A letter, digit or underscore: what a word is made of. */
export const WORD_CHAR = '[\\p{L}\\p{N}_]';
/** `(?<![\p{L}\p{N}_])`, in the form V8 tests fastest (see asciiFirstClass). */
export const NOT_AFTER_WORD_CHAR = `(?<!${asciiFirstClass('\\p{L}\\p{N}_')})`;

/**
 * Rewrites `\b` as a look-behind at a word start and a look-ahead at a word end: V8 runs `\b`
 * under the `iu` flags about ten times slower, and its ASCII notion of a word cuts "émet" into
 * "é" + "met". A boundary right after a letter, or after groups that end with one, optional
 * or not ("(?:ministre|chef)\b[^.]", "d(?:e|u|es))\b[", "reçue?s?)\b"), ends a word;
 * otherwise one followed by a letter, a group, a class or an escape starts a word.
 */
export function fastBoundaries(source: string): string {
  return source.replace(/\\b/g, (_m, at: number) => {
    const endsWord = /\p{L}\??\)*$/u.test(source.slice(Math.max(0, at - 8), at));
    const startsWord = !endsWord && /^(?:\p{L}|\(\?:|\[|\\[pPdw])/u.test(source.slice(at + 2));
    return startsWord ? NOT_AFTER_WORD_CHAR : `(?!${WORD_CHAR})`;
  });
}

/**
 * Checks a regex source compiles and has no capturing group (the alternation relies on it);
 * returns it with fast word boundaries and any leading look-behind checked after its literal.
 */
export function checkSource(file: string, id: string, source: string): string {
  try {
    // Building the regex checks its syntax; it is compiled only when run (see captureGroups).
    new RegExp(`${source}|`, 'u');
  } catch (err) {
    throw new Error(`ingest/rules/${file}: entry ${id}: invalid regex ${source}`, { cause: err });
  }
  if (captureGroups(source) !== 0) fail(file, `entry ${id}: use (?:…) groups only`);
  return literalBeforeLookbehind(fastBoundaries(source));
}

/** The checked source of a single-pattern entry `{ pattern, reason }` stored under `key` (its id). */
export function checkedPattern(file: string, json: Record<string, unknown>, key: string): string {
  return checkSource(file, key, str(file, json[key] as Record<string, unknown>, 'pattern'));
}
