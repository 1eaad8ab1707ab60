import { checkSource } from './checkSource.js';
import { ruleRegExp } from './foldCase.js';
import { arrayOf, str } from './ruleJson.js';
import type { CueRule } from './rules.js';

/** The file's list `key` of `{ id, pattern, reason, lang? }` rules, each compiled with `flags` ('*' when no lang). */
export function cueList(file: string, value: unknown, key: string, flags = 'iu'): CueRule[] {
  return arrayOf(file, value, key).map((o) => {
    const id = str(file, o, 'id');
    const source = checkSource(file, id, str(file, o, 'pattern'));
    return { id, lang: typeof o.lang === 'string' ? o.lang : '*', regex: ruleRegExp(source, flags), reason: str(file, o, 'reason') };
  });
}
