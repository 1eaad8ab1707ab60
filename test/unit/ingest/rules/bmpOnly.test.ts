import { describe, expect, it } from 'vitest';
import { bmpOnly, bmpOnlySource, holdsAstral } from '../../../../ingest/rules/bmpOnly.js';

/** Every BMP character that is not a surrogate: what a text without astral characters holds. */
const BMP = Array.from({ length: 0x10000 }, (_, c) => c)
  .filter((c) => c < 0xd800 || c > 0xdfff)
  .map((c) => String.fromCharCode(c));

describe('bmpOnlySource', () => {
  it.each([
    '\\p{L}',
    '\\p{N}',
    "[\\p{L}’'-]",
    '[^\\p{L}\\s]',
    '[\\p{L}\\p{N}]',
    '[^\\p{L}\\p{N}]',
    '[\\p{Lu}\\p{L}]',
    '[^\\p{L}-]',
    '[\\p{L}^]',
    '[\\p{L}\\d-]',
  ])('reads %s as the original does on every BMP character, with and without the i flag', (atom) => {
    for (const flags of ['u', 'iu']) {
      const original = new RegExp(`^(?:${atom})$`, flags);
      const twin = new RegExp(`^(?:${bmpOnlySource(atom, flags.includes('i'))})$`, flags);
      expect(BMP.filter((c) => original.test(c) !== twin.test(c))).toEqual([]);
    }
  });

  it('leaves the properties V8 compiles small, and sources without properties', () => {
    expect(bmpOnlySource('\\p{Lu}[\\p{Ll}]x', true)).toBe('\\p{Lu}[\\p{Ll}]x');
    expect(bmpOnlySource('\\\\p{L}x', false)).toBe('\\\\p{L}x');
  });

  it('relies on no astral character being the case partner of a BMP one (negated classes)', () => {
    const astral = /^[\u{10000}-\u{10ffff}]$/iu;
    expect(BMP.filter((c) => astral.test(c))).toEqual([]);
  });
});

describe('bmpOnly', () => {
  it('keeps flags, and the regex itself when there is nothing to rewrite', () => {
    const twin = bmpOnly(/(?<!\p{L})ab\p{L}+/giu);
    expect(twin.flags).toBe('giu');
    expect('xab ab cd abé'.match(twin)).toEqual(['abé']);
    const plain = /\p{Lu}x/u;
    expect(bmpOnly(plain)).toBe(plain);
  });
});

describe('holdsAstral', () => {
  it('finds a surrogate, paired or not', () => {
    expect(holdsAstral('café — ’')).toBe(false);
    expect(holdsAstral('a 😀')).toBe(true);
    expect(holdsAstral('a \ud800')).toBe(true);
  });
});
