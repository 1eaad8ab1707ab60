// The article's words as the organisation pass reads them, scanned with code-unit tables instead
// of a Unicode regex: the regex engine walked the whole text code point by code point and each
// match cost a result array and two property tests more.

/** One word, acronym or "&" of the text. Offsets are UTF-16 indexes, end exclusive. */
export interface WordToken {
  readonly start: number;
  readonly end: number;
  /** The token as written. */
  readonly text: string;
  /** The same span of the folded text (foldText). */
  readonly fold: string;
  /** Its first character is an upper-case letter (\p{Lu}). */
  readonly cap: boolean;
  /** Its first character is a number (\p{N}). */
  readonly digit: boolean;
}

const LETTER = 1;
const NUMBER = 2;
const MARK = 4;
const UPPER = 8;

/** Unicode classes of one code point, as LETTER | NUMBER | MARK | UPPER bits. */
function classesOf(codePoint: number): number {
  const c = String.fromCodePoint(codePoint);
  return (/\p{L}/u.test(c) ? LETTER : 0) | (/\p{N}/u.test(c) ? NUMBER : 0) | (/\p{M}/u.test(c) ? MARK : 0) | (/\p{Lu}/u.test(c) ? UPPER : 0);
}

// Filled once at load for the Basic Multilingual Plane (surrogate halves have no class); code
// points beyond it are classified when met, which is rare in news text.
const BMP = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) BMP[c] = c >= 0xd800 && c <= 0xdfff ? 0 : classesOf(c);

/** Joiners that keep a token whole when a word character follows them: "Al-Sissi", "U.S", "TF1+Info". */
const isJoiner = (code: number): boolean => code === 0x2d || code === 0x2010 || code === 0x2e || code === 0x2b;

/** The code point at `i` (a lone surrogate stands for itself, as the regex engine reads it). */
function codePointAt(text: string, i: number): number {
  return text.codePointAt(i)!;
}

const classesAt = (cp: number): number => (cp < 0x10000 ? BMP[cp]! : classesOf(cp));
const width = (cp: number): number => (cp > 0xffff ? 2 : 1);

/** End of the run of letters, numbers and marks starting at `i` (i itself when there is none). */
function runEnd(text: string, i: number): number {
  while (i < text.length) {
    const cp = codePointAt(text, i);
    if (!(classesAt(cp) & (LETTER | NUMBER | MARK))) break;
    i += width(cp);
  }
  return i;
}

/**
 * Every token of `text` in order, exactly as `/[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:[-‐.+][\p{L}\p{N}\p{M}]+)*|&/gu`
 * matches them: a letter or number, then letters, numbers and marks, then joiner-separated
 * runs of them; or a lone "&". `folded` is foldText(text).
 */
export function wordTokens(text: string, folded: string): WordToken[] {
  const tokens: WordToken[] = [];
  const n = text.length;
  for (let i = 0; i < n; ) {
    const cp = codePointAt(text, i);
    const classes = classesAt(cp);
    if (!(classes & (LETTER | NUMBER))) {
      if (cp === 0x26) tokens.push({ start: i, end: i + 1, text: '&', fold: folded.slice(i, i + 1), cap: false, digit: false });
      i += width(cp);
      continue;
    }
    let end = runEnd(text, i + width(cp));
    while (end + 1 < n && isJoiner(text.charCodeAt(end))) {
      const after = runEnd(text, end + 1);
      if (after === end + 1) break;
      end = after;
    }
    tokens.push({ start: i, end, text: text.slice(i, end), fold: folded.slice(i, end), cap: (classes & UPPER) !== 0, digit: (classes & NUMBER) !== 0 });
    i = end;
  }
  return tokens;
}
