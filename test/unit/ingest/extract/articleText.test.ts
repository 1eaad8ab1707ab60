import { describe, expect, it } from 'vitest';
import { createArticleText } from '../../../../ingest/extract/articleText.js';

describe('createArticleText', () => {
  it('folds the text once, keeping offsets, and tokenises it', () => {
    const a = createArticleText('À Addis-Abeba, l’UA');
    expect(a.folded).toBe('a addis abeba, l\'ua');
    expect(a.folded.length).toBe(a.text.length);
    expect(a.tokens().map((t) => [t.text, t.start])).toEqual([['À', 0], ['Addis-Abeba', 2], ['l', 15], ['UA', 17]]);
  });
});

describe('createArticleText tokens', () => {
  it('tokenises once, on the first call', () => {
    const a = createArticleText('Le ministre togolais');
    const first = a.tokens();
    expect(a.tokens()).toBe(first);
    expect(first.map((t) => t.fold)).toEqual(['le', 'ministre', 'togolais']);
  });
});
