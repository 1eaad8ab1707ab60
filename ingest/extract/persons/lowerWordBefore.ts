const LOWER = /^\p{Ll}$/u;
const SPACE = /^\s$/u;

/** Whether the code unit at `i` of `text` is white space as `\s` reads it (no astral space exists). */
function isSpace(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return SPACE.test(text[i] as string);
}

/**
 * Length in code units of the lower-case letter (`\p{Ll}`) ending just before `end` in `text`,
 * read no further back than `from`; 0 when there is none. A surrogate pair cut by `from` is no letter.
 */
function lowerBefore(text: string, from: number, end: number): number {
  const c = text.charCodeAt(end - 1);
  if (c < 0x80) return c >= 97 && c <= 122 ? 1 : 0;
  const pair = c >= 0xdc00 && c <= 0xdfff && end - 2 >= from && text.charCodeAt(end - 2) >= 0xd800 && text.charCodeAt(end - 2) <= 0xdbff;
  const width = pair ? 2 : 1;
  return LOWER.test(text.slice(end - width, end)) ? width : 0;
}

/**
 * The lower-case word right before `at`, followed by white space only, within the `reach`
 * characters before `at`, or null: what `/(\p{Ll}+)\s+$/u` captures in
 * `text.slice(Math.max(0, at - reach), at)`. A scan back from `at`: the regex, anchored at the
 * end, is tried from every position of the window, and this runs at every name candidate.
 */
export function lowerWordBefore(text: string, at: number, reach: number): string | null {
  const from = Math.max(0, at - reach);
  let wordEnd = at;
  while (wordEnd > from && isSpace(text, wordEnd - 1)) wordEnd--;
  if (wordEnd === at) return null;
  let start = wordEnd;
  for (let w = lowerBefore(text, from, start); start > from && w > 0; w = start > from ? lowerBefore(text, from, start) : 0) start -= w;
  return start < wordEnd ? text.slice(start, wordEnd) : null;
}
