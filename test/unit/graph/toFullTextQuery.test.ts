import { describe, expect, it } from 'vitest';
import { toFullTextQuery } from '../../../src/graph/toFullTextQuery.js';

describe('toFullTextQuery', () => {
  it.each([
    ['lavr', '(lavr OR lavr*)'],
    ['Sergey Lavrov', 'sergey AND (lavrov OR lavrov*)'],
    ['Traoré', '(traoré OR traoré*)'],
    ['AND OR NOT', 'and AND or AND (not OR not*)'],
    ['title:"x" (y*)', 'title AND x AND (y OR y*)'],
    ['en-2', 'en AND (2 OR 2*)'],
  ])('%j becomes %j (no user text is parsed as Lucene syntax)', (text, query) => {
    expect(toFullTextQuery(text)).toBe(query);
  });

  it.each([
    ['lavr', 'lavr'],
    ['Sergey Lavrov', 'sergey AND lavrov'],
    ['title:"x" (y*)', 'title AND x AND y'],
  ])('%j becomes %j with whole words only', (text, query) => {
    expect(toFullTextQuery(text, { wholeWords: true })).toBe(query);
  });

  it.each(['', '   ', '"*?():'])('%j has no word', (text) => {
    expect(toFullTextQuery(text)).toBeNull();
  });
});
