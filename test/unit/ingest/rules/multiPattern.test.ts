import { describe, expect, it } from 'vitest';
import { matchedEntryAt, multi } from '../../../../ingest/rules/multiPattern.js';
import type { MultiPattern } from '../../../../ingest/rules/rules.js';

/** matchedEntryAt as it was: every match checked against the rule alone, from the branch found on. */
function testingEvery<T>(m: RegExpExecArray, mp: MultiPattern<T>, text: string): T | null {
  const found = m.findIndex((g, i) => i > 0 && g !== undefined) - 1;
  if (!mp.exact) return mp.entries[found] as T;
  for (let i = found; i < mp.entries.length; i++) {
    const rule = mp.exact[i] as RegExp;
    rule.lastIndex = m.index;
    if (rule.test(text)) return mp.entries[i] as T;
  }
  return null;
}

// Rules written for this test: some need a capital (\p{Lu} under i), some do not, and a later
// one takes over when a capital is read as any letter.
const RULES = [
  { id: 'arrived', sources: ['arrived in (?=\\p{Lu})'] },
  { id: 'met', sources: ['met(?: with)?'] },
  { id: 'arrived-any', sources: ['arrived in'] },
  { id: 'visit', sources: ['(?:state|official) visit'] },
  { id: 'talks', sources: ['talks with (?:\\p{L}+ )?(?=\\p{Lu})', 'held talks'] },
];
const TEXTS = [
  'The minister arrived in Paris and met with her counterpart; she arrived in the city at noon.',
  'ARRIVED IN ROME, he MET the President for an Official Visit and held talks with the Mayor.',
  'They met. Talks with local leaders followed; talks with Ministers too. state visit, official visit.',
];

describe('matchedEntryAt', () => {
  for (const bounded of [false, true]) {
    const mp = multi('test.json', RULES.map((r) => ({ ...r, entry: r.id })), 'giu', bounded);

    it(`marks which rules the alternation reads loosely (word-bounded: ${bounded})`, () => {
      expect(mp.folded).toEqual([true, false, false, false, true, false]);
    });

    it.each(TEXTS)(`finds the rule every test would find, at every match (word-bounded: ${bounded}): %j`, (text) => {
      const found: (string | null)[] = [];
      mp.regex.lastIndex = 0;
      for (let m = mp.regex.exec(text); m; m = mp.regex.exec(text)) {
        found.push(matchedEntryAt(m, mp, text));
        expect(matchedEntryAt(m, mp, text)).toBe(testingEvery(m, mp, text));
        mp.regex.lastIndex = m.index + 1;
      }
      expect(found.length).toBeGreaterThan(2);
    });
  }

  it('returns the branch found when no rule needs a capital', () => {
    const mp = multi('test.json', [{ id: 'met', entry: 'met', sources: ['met'] }], 'giu');
    expect(mp.exact).toBeUndefined();
    const m = mp.regex.exec('They MET.')!;
    expect(matchedEntryAt(m, mp, 'They MET.')).toBe('met');
  });
});
