import { describe, expect, it } from 'vitest';
import { articleId, canonicalUrl, relationId, slugify } from '../../../src/domain/ids.js';

describe('ids', () => {
  it.each([
    ['Sergueï Lavrov', 'serguei-lavrov'],
    ['  Abdoulaye  Diop ', 'abdoulaye-diop'],
    ["Côte d'Ivoire", 'cote-d-ivoire'],
  ])('slugify(%s) = %s', (input, expected) => expect(slugify(input)).toBe(expected));

  it('prefers the given id, then the canonical URL, then the text', () => {
    expect(articleId('abc', 'https://x.org/a', 'text')).toBe('abc');
    expect(articleId(null, 'https://X.org/a/#top', 'one')).toBe(articleId(null, 'https://x.org/a', 'two'));
    expect(articleId(null, null, 'one')).not.toBe(articleId(null, null, 'two'));
  });

  it('drops tracking parameters and fragments from URLs', () => {
    expect(canonicalUrl('https://News.example/a?utm_source=x&id=2#c')).toBe('https://news.example/a?id=2');
  });

  it('names a relation by its sorted pair', () => {
    expect(relationId('ru', 'ML')).toBe('ML-RU');
    expect(relationId('ML', 'RU')).toBe(relationId('RU', 'ML'));
  });
});
