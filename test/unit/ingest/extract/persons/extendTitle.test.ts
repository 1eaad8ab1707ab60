import { describe, expect, it } from 'vitest';
import { extendTitle } from '../../../../../ingest/extract/persons/extendTitle.js';
import { loadRules } from '../../../../../ingest/rules/loadRules.js';

const rules = loadRules();

describe('extendTitle', () => {
  // names.json "titleConjunctions": a title goes on over one only when a word follows it.
  it.each([
    ['Minister of Foreign Affairs and 12 others', 'Minister', 'Minister of Foreign Affairs'],
    ['ministre des Affaires étrangères et, selon lui', 'ministre', 'ministre des Affaires étrangères'],
    ['canciller de Relaciones Exteriores y 3 más', 'canciller', 'canciller de Relaciones Exteriores'],
    ['ministre de la Culture et de la Communication, M. X', 'ministre', 'ministre de la Culture et de la Communication'],
    // The lone 'e' of a French ordinal is no Spanish conjunction here.
    ['président de la 14e session', 'président', 'président de la 14e'],
  ])('%j', (text, head, title) => {
    expect(text.slice(0, extendTitle(text, head.length, text.length, rules))).toBe(title);
  });
});
