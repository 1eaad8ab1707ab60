/** A sentence of the article: `start`/`end` are UTF-16 offsets into the text, end exclusive. */
export interface Sentence {
  readonly start: number;
  readonly end: number;
  /** Index of the paragraph (blank-line or line-break separated block) holding the sentence. */
  readonly paragraph: number;
}

// A period after a short title-case token, an initial or a doubled initial, the plural of
// an abbreviation ("M.", "MM.", "Dr.", "S.E.M.", "L.P.", "U.S."), is an abbreviation, not a
// sentence end; all-caps acronyms ("l'UA.") do end one.
const ABBREVIATION = /(?:^|[\s(«"“])(?:\p{Lu}(?:\.\p{Lu})*|(\p{Lu})\1|\p{Lu}\p{Ll}{1,2}|\p{Lu}\.\p{Lu}\.\p{Lu})$/u;

/**
 * Splits a text into sentences in one pass: line breaks always end a sentence; ".", "!", "?"
 * end one when followed by a space and a capital, a quote or a digit, unless they close an
 * abbreviation; a period between a lower-case word and a capitalised one ends one even with no
 * space. Language-neutral on purpose (no word lists).
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  let paragraph = 0;
  let paragraphHasText = false;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/u.test(text[s] as string)) s++;
    while (e > s && /\s/u.test(text[e - 1] as string)) e--;
    if (e > s) {
      out.push({ start: s, end: e, paragraph });
      paragraphHasText = true;
    }
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      push(i);
      start = i + 1;
      // Blank lines between two blocks are one break, as a single line break is.
      if (paragraphHasText) paragraph++;
      paragraphHasText = false;
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?') continue;
    const next = text[i + 1];
    // Scraped text drops the space: "accords bilatéraux.Cette visite" is two sentences.
    if (c === '.' && /\p{Ll}{2}$/u.test(text.slice(i - 2, i)) && /^\p{Lu}\p{Ll}/u.test(text.slice(i + 1, i + 3))) {
      push(i + 1);
      start = i + 1;
      continue;
    }
    if (next !== ' ' && next !== '\u00a0') continue;
    const after = text[i + 2] ?? '';
    if (!/[\p{Lu}«"“'‘\d]/u.test(after)) continue;
    if (c === '.' && ABBREVIATION.test(text.slice(Math.max(start, i - 8), i))) continue;
    push(i + 1);
    start = i + 1;
  }
  push(text.length);
  return out;
}
