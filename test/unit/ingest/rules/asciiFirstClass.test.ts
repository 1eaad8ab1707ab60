import { describe, expect, it } from 'vitest';
import { asciiFirstClass } from '../../../../ingest/rules/asciiFirstClass.js';

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
