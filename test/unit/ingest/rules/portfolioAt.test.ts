import { describe, expect, it } from 'vitest';
import { loadRules } from '../../../../ingest/rules/loadRules.js';

const rules = loadRules();

/** What portfolioAt stands for: the first portfolio whose own regex matches, and its match. */
function firstByLoop(text: string): [string, string] | null {
  for (const p of rules.portfolios) {
    const m = p.regex.exec(text);
    if (m) return [p.id, m[0]];
  }
  return null;
}

function byAlternation(text: string): [string, string] | null {
  const m = rules.portfolioAt.exec(text);
  if (!m) return null;
  const k = m.findIndex((g, i) => i > 0 && g !== undefined);
  return [rules.portfolios[k - 1]!.id, m[0]];
}

// Titles written for this test (no article text): portfolios one after another, prefixes of
// one another ("Coopération" / "Coopération internationale"), and words no portfolio opens.
const TITLES = [
  "ministre des Affaires étrangères, de la Coopération internationale et de l'Intégration africaine",
  "ministre d'État, ministre de la Coopération régionale et des Maliens établis à l'extérieur",
  'Minister of Foreign Affairs, Trade and Diaspora Affairs',
  "ministre de l'Europe et des Affaires étrangères",
  'ministro de Economía y Finanzas, Sanidad y Unión Europea',
  'Secretary of State for Health and Public Sports Emigration',
  'ministre de la Défense, du Commerce extérieur et de la Santé publique',
];

describe('rules.portfolioAt', () => {
  it('has one group per portfolio', () => {
    expect(new RegExp(`${rules.portfolioAt.source}|`, 'u').exec('')!.length - 1).toBe(rules.portfolios.length);
  });

  it.each(TITLES)('finds what the portfolios tried one by one find, at every offset of %j', (title) => {
    let found = 0;
    for (let i = 0; i <= title.length; i++) {
      const expected = firstByLoop(title.slice(i));
      if (expected) found++;
      expect(byAlternation(title.slice(i))).toEqual(expected);
      expect(rules.portfolioAt.test(title.slice(i))).toBe(expected !== null);
    }
    expect(found).toBeGreaterThan(0);
  });
});
