import { describe, expect, it } from 'vitest';
import { wordStartOnly } from '../../../../ingest/rules/wordStartOnly.js';

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** The original's matches at positions the single-unit test calls word starts. */
const wordStartMatches = (re: RegExp, text: string, keepAll = false): number[] => {
  const out: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (keepAll || m.index === 0 || !WORD_CHAR.test(text[m.index - 1]!)) out.push(m.index);
    re.lastIndex = m.index + 1;
  }
  return out;
};

describe('wordStartOnly', () => {
  it.each([
    ['giu', 'a reçu, ont reçu; il a REÇU et aa reçu'],
    ['gu', 'sign signed resign 2sign -sign'],
    ['giu', '\u0345sign ιsign Ιsign ῾sign 𝐀sign 😀sign \ud800sign'],
  ])('finds every word-start match of the original (flags %s) in %j', (flags, text) => {
    const original = new RegExp('(?:a|ont) reçu|sign(?:ed)?', flags);
    const copy = wordStartOnly(original);
    expect(wordStartMatches(copy, text)).toEqual(wordStartMatches(original, text));
    // and it skips the matches inside words
    expect(wordStartMatches(copy, text, true).length).toBeLessThanOrEqual(wordStartMatches(original, text, true).length);
  });

  it('does not try positions inside a word', () => {
    expect(wordStartMatches(wordStartOnly(/ign/gu), 'sign ign', true)).toEqual([5]);
  });

  it('passes at every code point exactly where the single-unit test does, but for three iotas', () => {
    const copy = wordStartOnly(/x/giu);
    const differs: number[] = [];
    for (let cp = 0; cp < 0x110000; cp += cp < 0x10000 ? 1 : 97) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const text = `${String.fromCodePoint(cp)}x`;
      copy.lastIndex = 0;
      const m = copy.exec(text);
      const passes = m !== null && m.index === text.length - 1;
      if (passes !== !WORD_CHAR.test(text[text.length - 2]!)) differs.push(cp);
    }
    expect(differs).toEqual([0x399, 0x3b9, 0x1fbe]);
  });
});
