import { describe, expect, it } from 'vitest';
import { asciiFirstClass, asciiFirstForward, asciiFirstLookarounds } from '../../../../ingest/rules/asciiFirstClass.js';

/** Every code point as the character before "x" (lone surrogates too): where the two look-behinds disagree. */
function disagreements(body: string, flags: string): number[] {
  const original = new RegExp(`(?<![${body}])x`, flags);
  const rewritten = new RegExp(`(?<!${asciiFirstClass(body)})x`, flags);
  const out: number[] = [];
  for (let cp = 0; cp < 0x110000; cp++) {
    const text = `${String.fromCodePoint(cp)}x`;
    if (original.test(text) !== rewritten.test(text)) out.push(cp);
  }
  return out;
}

/** Every code point (lone surrogates too) that `[body]` and its forward rewrite do not both match or both miss. */
function forwardDisagreements(body: string, flags: string): number[] {
  const original = new RegExp(`^[${body}]$`, flags);
  const rewritten = new RegExp(`^${asciiFirstForward(body)}$`, flags);
  const out: number[] = [];
  for (let cp = 0; cp < 0x110000; cp++) {
    const text = String.fromCodePoint(cp);
    if (original.test(text) !== rewritten.test(text)) out.push(cp);
  }
  return out;
}

describe('asciiFirstClass', () => {
  it.each([
    ['\\p{L}\\p{N}', 'u'],
    ['\\p{L}\\p{N}', 'iu'],
    ['\\p{L}\\p{N}_', 'u'],
    ['\\p{L}\\p{N}_', 'iu'],
    ["\\p{L}’'\\-", 'u'],
    ['\\p{Lu}', 'iu'],
    ['^\\p{L}', 'u'],
  ])('matches every character [%s] matches (flags %s)', (body, flags) => {
    expect(disagreements(body, flags)).toEqual([]);
  });

  it('writes the ASCII members as a class of ranges', () => {
    expect(asciiFirstClass('\\p{L}\\p{N}_')).toBe('(?:[\\x30-\\x39\\x41-\\x5a\\x5f\\x61-\\x7a]|[\\p{L}\\p{N}_](?<=[^\\0-\\x7f]))');
  });
});

describe('asciiFirstForward', () => {
  it.each([
    ['\\p{Lu}', 'u'],
    ['\\p{Ll}', 'u'],
    ['\\p{L}', 'u'],
    ['\\p{L}', 'iu'],
    ["\\p{Ll}\\p{Lu}’'\\-", 'u'],
    ["\\p{L}’'.\\p{Pd}", 'u'],
    ['\\p{L}\\p{N}', 'iu'],
    ['\\p{Lu}', 'iu'],
  ])('matches every character [%s] matches (flags %s)', (body, flags) => {
    expect(forwardDisagreements(body, flags)).toEqual([]);
  });

  it('reads a run as the class does', () => {
    const text = 'Ñandú São-Paulo’s  A.B. éÉ x';
    const run = (source: string): string[] => [...text.matchAll(new RegExp(source, 'gu'))].map((m) => `${m.index}:${m[0]}`);
    expect(run(`${asciiFirstForward("\\p{L}’'\\-")}+`)).toEqual(run("[\\p{L}’'\\-]+"));
  });
});

describe('asciiFirstLookarounds', () => {
  it.each([
    ['(?<![\\p{L}\\p{N}])x', `(?<!${asciiFirstClass('\\p{L}\\p{N}')})x`],
    ['x(?![\\p{L}])', `x(?!${asciiFirstForward('\\p{L}')})`],
    ['(?=[\\p{Lu}])\\p{L}+', `(?=${asciiFirstForward('\\p{Lu}')})\\p{L}+`],
    ['(?<=[^\\p{L}])x', '(?<=[^\\p{L}])x'],
    ['[(?<![a])]x', '[(?<![a])]x'],
    ['\\(?<![a]\\)', '\\(?<![a]\\)'],
    ['(?<!\\p{L})x', '(?<!\\p{L})x'],
  ])('rewrites %s as %s', (source, expected) => {
    expect(asciiFirstLookarounds(source)).toBe(expected);
  });

  it('finds the same matches', () => {
    const source = '(?<![\\p{L}\\p{N}])(?:\\d{1,2} juin|mai)(?![\\p{L}])';
    const text = 'le 4 juin, 14 juinet, mai, maison, émai, 2mai, Mai 5 JUIN';
    const found = (s: string): string[] => [...text.matchAll(new RegExp(s, 'giu'))].map((m) => `${m.index}:${m[0]}`);
    expect(found(asciiFirstLookarounds(source))).toEqual(found(source));
  });
});
