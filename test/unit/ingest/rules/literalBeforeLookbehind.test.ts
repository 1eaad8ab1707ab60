import { describe, expect, it } from 'vitest';
import { asciiFirstClass } from '../../../../ingest/rules/asciiFirstClass.js';
import { literalBeforeLookbehind, slowLookbehind } from '../../../../ingest/rules/literalBeforeLookbehind.js';

describe('literalBeforeLookbehind', () => {
  it.each([
    ['(?<!\\p{Lu}{2,} |\\p{Lu}\\p{Ll}+ )Secretary-General', '(?=S)(?<!\\p{Lu}{2,} |\\p{Lu}\\p{Ll}+ )Secretary-General'],
    ['(?<=\\p{Lu} )[Ss]ecretary', '(?=[Ss])(?<=\\p{Lu} )[Ss]ecretary'],
    ['(?<=[(] )President', '(?=P)(?<=[(] )President'],
    ['met|(?<=\\p{Lu}\\p{Ll}+ )reçue?', 'met|(?=r)(?<=\\p{Lu}\\p{Ll}+ )reçue?'], // each alternative of an alternation
    ['(?:a|b)|[|](?<=x y)z', '(?:a|b)|[|](?<=x y)z'], // a "|" inside a group or a class splits nothing
  ])('puts the literal of %j first', (source, expected) => {
    expect(literalBeforeLookbehind(source)).toBe(expected);
  });

  it.each([
    ['Secretary-General'], // no look-behind
    ['(?<![\\p{L}\\p{N}_])sign(?:ed|s)'], // a one-character look-behind
    [`(?<!${asciiFirstClass('\\p{L}\\p{N}_')})sign(?:ed|s)`], // the same, as asciiFirstClass writes it
    ['(?<!\\.)Secretary'],
    ['(?<!x)s?ign'], // the literal is optional
    ['(?<!x)(?:a|b)'], // no single literal after it
    ['(?<!x)\\d+'],
    ['(?<!x'], // not closed: left to the regex compiler to reject
    ['x(?<!y)z'],
  ])('leaves %j unchanged', (source) => {
    expect(literalBeforeLookbehind(source)).toBe(source);
  });

  it.each([
    ['(?<!\\p{Lu}{2,} |\\p{Lu}\\p{Ll}+ )Secretary-General', 'gu', 'UN Secretary-General, the Secretary-General, Mr Guterres Secretary-General'],
    ['(?<=\\p{Lu}{2,} |\\p{Lu}\\p{Ll}+ )Secretary[- ]General', 'gu', 'NATO Secretary General and Deputy Secretary-General, secretary general'],
    ['(?<!\\p{Lu} )[Ss]ign(?:ed|s)', 'giu', 'They SIGNED it; he resigned; she signs, X Signed'],
  ])('matches exactly what %j matched', (source, flags, text) => {
    const at = (re: RegExp) => [...text.matchAll(re)].map((m) => [m.index, m[0]]);
    expect(at(new RegExp(literalBeforeLookbehind(source), flags))).toEqual(at(new RegExp(source, flags)));
  });

  it.each([
    ['met|(?<=(?:^|\\. )\\p{Lu}\\p{Ll}+ )\\p{Lu}\\p{Ll}+', '(?<=(?:^|\\. )\\p{Lu}\\p{Ll}+ )\\p{Lu}\\p{Ll}+'],
    ['(?<!ab )\\d+', '(?<!ab )\\d+'],
  ])('finds in %j the alternative a look-behind of several characters opens, with no literal after it', (source, slow) => {
    expect(slowLookbehind(literalBeforeLookbehind(source))).toBe(slow);
  });

  it.each([['met|reçue?(?<=\\p{Lu}\\p{Ll}+ reçue?)'], ['(?<!\\p{Lu} )[Ss]ign'], ['(?<![\\p{L}\\p{N}_])sign']])('finds none in %j', (source) => {
    expect(slowLookbehind(literalBeforeLookbehind(source))).toBeNull();
  });
});
