import { describe, expect, it } from 'vitest';
import { lowerWordBefore } from '../../../../../ingest/extract/persons/lowerWordBefore.js';

/** The regex lowerWordBefore stands for. */
const byRegex = (text: string, at: number, reach: number): string | null =>
  /(\p{Ll}+)\s+$/u.exec(text.slice(Math.max(0, at - reach), at))?.[1] ?? null;

const MATH_SMALL_A = '\u{1D41A}';

describe('lowerWordBefore', () => {
  it.each([
    ['la plaza Murillo', 9, 'plaza'],
    ['avenue Habib', 7, 'avenue'],
    ['avenue  \t Habib', 10, 'avenue'],
    ['Avenue Habib', 7, 'venue'],
    ['the UN', 4, 'the'],
    ['UN Habib', 3, null],
    ['plaza', 5, null],
    ['   Habib', 3, null],
    ['', 0, null],
    ['rue\u00a0Habib', 4, 'rue'],
    ['ciudad\u3000Habib', 7, 'ciudad'],
    ['3 rue', 5, null],
    ['défilé\u2028X', 7, 'défilé'],
    ['ville-haute X', 12, 'haute'],
    [`x${MATH_SMALL_A}b X`, 5, `x${MATH_SMALL_A}b`],
    ['une très longue avenue Habib', 23, 'avenue'],
    ['verylongwordthatrunspastthewindow X', 34, 'thatrunspastthewindow'.slice(-19)],
  ])('%j before %i', (text, at, expected) => {
    expect(lowerWordBefore(text, at, 20)).toBe(byRegex(text, at, 20));
    expect(lowerWordBefore(text, at, 20)).toBe(expected);
  });

  it('takes no half of a surrogate pair the window cuts for a letter', () => {
    const text = `${MATH_SMALL_A}abc X`;
    expect(lowerWordBefore(text, 6, 4)).toBe('abc');
    expect(lowerWordBefore(text, 6, 5)).toBe('abc');
    expect(lowerWordBefore(text, 6, 6)).toBe(`${MATH_SMALL_A}abc`);
    for (const reach of [4, 5, 6]) expect(lowerWordBefore(text, 6, reach)).toBe(byRegex(text, 6, reach));
  });

  it('agrees with the regex at every offset and reach of mixed text', () => {
    const text = `Le 3 mai, la plaza\u00a0Murillo ${MATH_SMALL_A}x  avenue Habib Bourguiba; ÉTAT  été\tX`;
    for (let reach = 0; reach <= 8; reach++) for (let at = 0; at <= text.length; at++) expect(lowerWordBefore(text, at, reach)).toBe(byRegex(text, at, reach));
  });
});
