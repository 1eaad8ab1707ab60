import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../ingest/extract/extractArticle.js';
import { outsidePortfolios } from '../../../../ingest/extract/outsidePortfolios.js';
import { loadLexicons } from '../../../../ingest/lexicons/loadLexicons.js';
import type { Article } from '../../../../src/domain/article.js';

// Sentences written for these tests; the office-holders are invented.
const lex = loadLexicons();

function organizationNames(text: string, language: string): string[] {
  const article: Article = { id: 't', url: null, title: null, published: '2025-03-10', language, author: null, source: 't', text };
  return extractArticle(article, lex).organizations.map((o) => o.name);
}

describe('outsidePortfolios', () => {
  it.each([
    ['es', 'El ministro de Asuntos Exteriores, Unión Europea y Cooperación, Pablo Serrano, recibió a su homólogo en Madrid.', []],
    ['fr', "Le ministre des Affaires étrangères et de la Communauté nationale à l'étranger, Karim Belaid, est arrivé à Tunis.", []],
    // The same names outside a title are organisations
    ['es', 'El ministro de Asuntos Exteriores, Pablo Serrano, defendió ante la Unión Europea el acuerdo.', ['Unión Europea']],
    // A body that a title serves is no portfolio
    ['en', 'The Secretary-General of the United Nations, Ana Ruiz, arrived in Lima.', ['United Nations']],
  ])('%s: %s', (lang, text, names) => {
    expect(organizationNames(text, lang)).toEqual(names);
  });

  it('keeps items outside titles and those longer than the portfolio at their start', () => {
    const text = 'ministro de Asuntos Exteriores, Unión Europea y Cooperación; Unión Europea de Radiodifusión';
    const title = { start: 0, end: text.indexOf(';') };
    const at = (name: string, from = 0) => ({ start: text.indexOf(name, from), end: text.indexOf(name, from) + name.length });
    const inTitle = at('Unión Europea');
    const after = at('Unión Europea', title.end);
    const longer = at('Unión Europea de Radiodifusión');
    expect(outsidePortfolios([inTitle, after, longer], [title], text, lex.rules)).toEqual([after, longer]);
  });
});
