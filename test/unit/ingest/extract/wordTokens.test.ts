import { describe, expect, it } from 'vitest';
import { wordTokens } from '../../../../ingest/extract/wordTokens.js';
import { foldText } from '../../../../ingest/lexicons/foldText.js';

// The definition wordTokens replaces: its tokens must be exactly this regex's matches.
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:[-‐.+][\p{L}\p{N}\p{M}]+)*|&/gu;
const byRegex = (text: string) =>
  [...text.matchAll(TOKEN)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0], cap: /^\p{Lu}/u.test(m[0]), digit: /^\p{N}/u.test(m[0]) }));
const byScanner = (text: string) => wordTokens(text, foldText(text)).map(({ start, end, text: t, cap, digit }) => ({ start, end, text: t, cap, digit }));

describe('wordTokens', () => {
  it.each([
    ['Le ministre Al-Sissi a reçu M. Lavrov.', ['Le', 'ministre', 'Al-Sissi', 'a', 'reçu', 'M', 'Lavrov']],
    ['the U.S. Department of State & C++ fans', ['the', 'U.S', 'Department', 'of', 'State', '&', 'C', 'fans']],
    ['l’Union africaine (UA) — 2024-03-14', ['l', 'Union', 'africaine', 'UA', '2024-03-14']],
    ['end-. trailing- dash', ['end', 'trailing', 'dash']],
  ])('splits %j', (text, words) => {
    expect(byScanner(text).map((t) => t.text)).toEqual(words);
  });

  it('marks a capitalised or numeric first character', () => {
    expect(byScanner('Élysée élu 3e Ölçü').map((t) => [t.text, t.cap, t.digit])).toEqual([
      ['Élysée', true, false],
      ['élu', false, false],
      ['3e', false, true],
      ['Ölçü', true, false],
    ]);
  });

  it('gives each token its span of the folded text', () => {
    const text = 'Ministère des Affaires Étrangères';
    expect(wordTokens(text, foldText(text)).map((t) => t.fold)).toEqual(['ministere', 'des', 'affaires', 'etrangeres']);
  });

  it.each([
    'combining marks: Cafe\u0301 e\u0301te\u0301 \u0301x',
    'astral letters: 𝐀bc 𠀋字 x𝐀y 😀word 1😀2',
    'lone surrogates: a\ud800b \udc00c d\ud83d',
    'joiners: a--b a-.b a.-b .x -y +z a+ a. ‐ab a‐b',
    'numbers and scripts: ٣٤ Ⅻ ²3 Москва 北京 الرياض',
    'spaces\u00a0and\u202fnarrow\ttabs\nlines',
  ])('matches the token regex exactly on %j', (text) => {
    expect(byScanner(text)).toEqual(byRegex(text));
  });

  it('matches the token regex on every BMP character next to letters', () => {
    let text = '';
    for (let c = 0x20; c < 0xffff; c += 7) if (c < 0xd800 || c > 0xdfff) text += `a${String.fromCharCode(c)}b${String.fromCharCode(c)} `;
    expect(byScanner(text)).toEqual(byRegex(text));
  });
});
