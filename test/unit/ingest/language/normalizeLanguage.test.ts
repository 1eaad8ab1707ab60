import { describe, expect, it } from 'vitest';
import { normalizeLanguage } from '../../../../ingest/language/normalizeLanguage.js';

describe('normalizeLanguage', () => {
  it.each<[string | null, string | null]>([
    ['fr', 'fr'],
    ['fr-FR', 'fr'],
    ['en_GB', 'en'],
    ['EN', 'en'],
    ['fra', 'fr'],
    ['fre', 'fr'],
    ['spa', 'es'],
    ['French', 'fr'],
    ['français', 'fr'],
    ['klingon', null],
    ['xyz', null],
    ['', null],
    [null, null],
  ])('%j → %j', (input, expected) => {
    expect(normalizeLanguage(input)).toBe(expected);
  });
});
