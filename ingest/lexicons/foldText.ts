// Case and accent folding that keeps one UTF-16 unit per input unit, so that an offset into the
// folded copy is the same offset into the original text (no offset map needed).

const SPACE = 0x20;
const APOSTROPHE = 0x27;

function foldUnit(code: number): number {
  // Apostrophes (’ ' ʼ ‘ ´) are one character; hyphens and dashes are a space, so that
  // "Addis-Abeba" and "Addis Abeba" fold alike; every kind of space is a space.
  if (code === 0x2019 || code === 0x2018 || code === 0x02bc || code === 0xb4 || code === APOSTROPHE) return APOSTROPHE;
  if (code === 0x2d || (code >= 0x2010 && code <= 0x2013)) return SPACE;
  if (code === 0xa0 || code === 0x202f || code === 0x2009 || code === 0x09 || code === 0x0a || code === 0x0d) return SPACE;
  if (code >= 0xd800 && code <= 0xdfff) return code;
  const s = String.fromCharCode(code).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return s.length > 0 ? s.charCodeAt(0) : code;
}

// Both tables are filled once at load (65,536 entries each) and never change afterwards.
const FOLD = new Uint16Array(0x10000);
const WORD = new Uint8Array(0x10000);
{
  const word = /[\p{L}\p{N}\p{M}]/u;
  for (let c = 0; c < 0x10000; c++) {
    FOLD[c] = foldUnit(c);
    WORD[c] = (c >= 0xd800 && c <= 0xdfff) || word.test(String.fromCharCode(c)) ? 1 : 0;
  }
}

/** Folds one UTF-16 code unit: lower case, accents removed, apostrophes and dashes unified. */
export function foldCode(code: number): number {
  return FOLD[code]!;
}

/**
 * Below this length a string is built from its code units directly: a buffer and its UTF-16
 * decoding cost several times more for the names and words most calls fold.
 */
const SHORT_TEXT = 256;

/** The folded copy of `text`, exactly as long as `text` (offsets carry over unchanged). */
export function foldText(text: string): string {
  if (text.length <= SHORT_TEXT) {
    // Most words asked about are folded already (lower case, no accent): no copy to build.
    let same = 0;
    while (same < text.length && FOLD[text.charCodeAt(same)] === text.charCodeAt(same)) same++;
    if (same === text.length) return text;
    const codes = new Array<number>(text.length);
    for (let i = 0; i < text.length; i++) codes[i] = FOLD[text.charCodeAt(i)]!;
    return String.fromCharCode(...codes);
  }
  const buf = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) buf[i] = FOLD[text.charCodeAt(i)]!;
  return Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).toString('utf16le');
}

/** True for a code unit that belongs to a word (a letter, digit or mark; surrogates count as letters). */
export function isWordCode(code: number): boolean {
  return WORD[code] === 1;
}
