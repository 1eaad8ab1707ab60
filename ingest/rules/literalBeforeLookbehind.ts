/**
 * Index just past the group that opens at `open` (a "(" of `source`), skipping escapes and
 * character classes; -1 when it is not closed.
 */
function groupEnd(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

/** A letter, or a class of letters ("[Ss]"), that the rest must start with; null otherwise. */
const FIRST_LITERAL = /^(?:\p{L}|\[\p{L}+\])(?![?*+{])/u;

const CLASS = String.raw`\[(?:[^\]\\]|\\.)*\]`;
/**
 * A look-behind that reads one character: a class, a property or an escape ("(?<![\p{L}\p{N}_])"),
 * or a class as asciiFirstClass writes it.
 */
const ONE_CHARACTER = new RegExp(String.raw`^\(\?<[!=](?:${CLASS}|\\[pP]\{[^}]*\}|\\.|\(\?:${CLASS}\|${CLASS}\(\?<=${CLASS}\)\))\)$`, 'u');

/** The top-level alternatives of `source` (split at the "|" outside groups and classes). */
export function alternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  out.push(source.slice(from));
  return out;
}

/** The look-behind of several characters that opens `alternative`, or null. */
function leadingLookbehind(alternative: string): string | null {
  if (!alternative.startsWith('(?<!') && !alternative.startsWith('(?<=')) return null;
  const end = groupEnd(alternative, 0);
  return end < 0 || ONE_CHARACTER.test(alternative.slice(0, end)) ? null : alternative.slice(0, end);
}

/**
 * Rewrites each alternative of a pattern that opens with a look-behind of several characters
 * followed by a literal ("(?<!\p{Lu}\p{Ll}+ )Secretary…") so that a look-ahead for that literal
 * comes first: the same matches, but the engine no longer evaluates the look-behind, which reads
 * a whole word backwards, at every position of the text, only where the literal stands. A
 * one-character look-behind (the word start fastBoundaries writes) is left alone: measured on
 * V8, a look-ahead in front of it makes a large case-insensitive alternation several times slower.
 */
export function literalBeforeLookbehind(source: string): string {
  const parts = alternatives(source);
  const rewritten = parts.map((alternative) => {
    const behind = leadingLookbehind(alternative);
    const first = behind ? FIRST_LITERAL.exec(alternative.slice(behind.length)) : null;
    return first ? `(?=${first[0]})${alternative}` : alternative;
  });
  return rewritten.every((r, i) => r === parts[i]) ? source : rewritten.join('|');
}

/**
 * An alternative that still opens with a look-behind of several characters (no literal follows
 * it to check first): the engine would read backwards from every position of every article.
 * Null when there is none.
 */
export function slowLookbehind(source: string): string | null {
  return alternatives(source).find((alternative) => leadingLookbehind(alternative) !== null && !alternative.startsWith('(?=')) ?? null;
}
