import { describe, expect, it } from 'vitest';
import { toExcerpt } from '../../../src/api/toExcerpt.js';

const TEXT = 'First sentence here. Lavrov met Diop. Then they left for lunch together.';
const QUOTE = 'Lavrov met Diop.';
const START = TEXT.indexOf(QUOTE);
const END = START + QUOTE.length;

describe('toExcerpt', () => {
  it.each([
    ['whole text within the context', 100, { before: 'First sentence here. ', quote: QUOTE, after: ' Then they left for lunch together.' }],
    ['cut at a sentence end before, a word after', 25, { before: 'First sentence here. ', quote: QUOTE, after: ' Then they left for …' }],
    ['no broken sentence before, a word after', 10, { before: '… ', quote: QUOTE, after: ' Then …' }],
    ['no context', 0, { before: '… ', quote: QUOTE, after: ' …' }],
  ])('%s', (_, context, expected) => {
    expect(toExcerpt(TEXT, QUOTE, START, END, context)).toEqual(expected);
  });

  it.each([
    ['offsets past the text', TEXT.length - 2, TEXT.length + 5],
    ['empty range', START, START],
    ['offsets on another sentence', 0, QUOTE.length],
  ])('is null for %s', (_, start, end) => {
    expect(toExcerpt(TEXT, QUOTE, start, end, 50)).toBeNull();
  });

  it('accepts a quote whose whitespace differs from the text', () => {
    const text = 'A.\nLavrov  met\nDiop. B.';
    const start = text.indexOf('Lavrov');
    expect(toExcerpt(text, QUOTE, start, start + 'Lavrov  met\nDiop.'.length, 0)?.quote).toBe('Lavrov  met\nDiop.');
  });
});
