import { describe, expect, it } from 'vitest';
import { asciiFirstClass } from '../../../../ingest/rules/asciiFirstClass.js';
import { foldCase, ruleRegExp } from '../../../../ingest/rules/foldCase.js';
import { loadRules } from '../../../../ingest/rules/loadRules.js';

/** Every match of a regex (global) in a text, as [index, text]. */
function matches(regex: RegExp, text: string): [number, string][] {
  const out: [number, string][] = [];
  const global = new RegExp(regex.source, regex.flags.includes('g') ? regex.flags : `${regex.flags}g`);
  for (let m = global.exec(text); m; m = global.exec(text)) {
    out.push([m.index, m[0]]);
    if (m[0].length === 0) global.lastIndex++;
  }
  return out;
}

const TEXT = [
  'Le Président a REÇU son homologue ÉGYPTIEN à Paris ; il a reçu aussi le ministre.',
  'El canciller LLEGÓ a Lima y llegó a su fin; Sostuvo una reunión con él.',
  'The Minister held talks in Nairobi; SIGNED the accord. Ελλάδα και ελληνικά. İstanbul ß.',
].join('\n');

describe('foldCase', () => {
  it.each([
    ['(?:a|ont) (?:également |aussi )?reçu'],
    ["s['’](?:est|sont) entretenu(?:e|s|es)? (?:\\p{L}+ ){0,3}avec"],
    ['[a-zé]+ (?:talks|accord)\\b'],
    ['\\bsign(?:ed|s)\\b|\\x53igned'],
    ['(?<name>llegó) a \\k<name>?'],
    ['[^a-z ]{2}'],
    [`(?<!${asciiFirstClass('\\p{L}\\p{N}')})(?:reunión|él)(?![\\p{L}\\p{N}])`],
    ['ελλ\\p{L}+'],
  ])('compiled without the i flag, matches %j as it did with it', (source) => {
    expect(matches(new RegExp(foldCase(source), 'gu'), TEXT)).toEqual(matches(new RegExp(source, 'giu'), TEXT));
  });

  it('keeps every rule file’s case-insensitive rules matching as before on a text with both cases', () => {
    // Rule sources with no cased property are compiled as written; folded, they must match the same.
    const rules = loadRules();
    for (const [lang, matcher] of Object.entries(rules.triggerMatchers)) {
      const source = matcher.regex.source.replaceAll('\\p{Lu}', '\\p{L}');
      const before = new RegExp(source, 'giu');
      expect(matches(new RegExp(foldCase(source), 'gu'), TEXT), lang).toEqual(matches(before, TEXT));
    }
  });
});

describe('ruleRegExp', () => {
  it('keeps a capital a capital under a case-insensitive rule', () => {
    const arrival = ruleRegExp('llegó a (?=\\p{Lu})', 'iu');
    expect(arrival.test('El canciller llegó a Lima')).toBe(true);
    expect(arrival.test('El canciller LLEGÓ A Lima')).toBe(true);
    expect(arrival.test('La misión llegó a su fin')).toBe(false);
  });

  it('compiles a rule with no cased property as written', () => {
    expect(ruleRegExp('reçu', 'giu')).toEqual(/reçu/giu);
  });
});

describe('the loaded rules whose sources need a capital', () => {
  const rules = loadRules();

  it('read a capital in the locative-preposition cue (a building named before its city)', () => {
    expect(rules.locationPrepositions.es?.test('se reunieron en el Palacio Nacional, ')).toBe(true);
    expect(rules.locationPrepositions.es?.test('participante en la reunión, ')).toBe(false);
  });

  it("read a capital in the non-participant cues combined by reach (an agency's credit before a slash)", () => {
    const credit = (before: string): boolean => rules.nonParticipant.some(({ regex }) => regex.test(before));
    expect(credit('(Reuters/')).toBe(true);
    expect(credit('(and/')).toBe(false);
  });
});
