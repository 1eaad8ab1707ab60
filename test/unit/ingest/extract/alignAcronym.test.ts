import { describe, expect, it } from 'vitest';
import { alignAcronym, type AcronymWord } from '../../../../ingest/extract/alignAcronym.js';
import { foldText } from '../../../../ingest/lexicons/foldText.js';

const CONNECTORS = new Set(['of', 'the', 'and', 'for', 'de', 'des', 'du', 'la', 'l', 'et', 'pour', 'para', 'el', 'y']);

/** The words of a phrase as alignAcronym reads them (elisions split off). */
const words = (phrase: string): AcronymWord[] =>
  phrase.split(/[\s'’]+/u).filter(Boolean).map((w) => ({ fold: foldText(w), cap: /^\p{Lu}/u.test(w), connector: CONNECTORS.has(w.toLowerCase()) }));

/** The phrase alignAcronym picks, or null. */
const spelled = (phrase: string, acronym: string): string | null => {
  const ws = phrase.split(/[\s'’]+/u).filter(Boolean);
  const at = alignAcronym(words(phrase), acronym);
  return at === null ? null : ws.slice(at).join(' ');
};

describe('alignAcronym', () => {
  it.each([
    ['selon le Conseil national pour la sauvegarde de la patrie', 'CNSP', 'Conseil national pour la sauvegarde de la patrie'],
    ['the meeting of the Eastern Rivers Basin Authority', 'ERBA', 'Eastern Rivers Basin Authority'],
    ['la Communauté économique des États de l’Afrique de l’Ouest', 'CEDEAO', 'Communauté économique des États de l Afrique de l Ouest'],
    ['a través de la Agencia Mexicana de Cooperación Internacional para el Desarrollo', 'AMEXCID', 'Agencia Mexicana de Cooperación Internacional para el Desarrollo'],
    ['hosted by the Forum on China-Africa Cooperation', 'FOCAC', 'Forum on China-Africa Cooperation'],
    ['lending by the African Development Bank', 'AfDB', 'African Development Bank'],
  ])('%s (%s)', (phrase, acronym, expected) => {
    expect(spelled(phrase, acronym)).toBe(expected);
  });

  it.each([
    // word order of another language, lower-case first word, letters missing
    ['Association des nations du Sud-Est asiatique', 'ASEAN'],
    ['gross domestic product', 'GDP'],
    ['Washington, 26 sep', 'EFE'],
    ['the Ministry of Foreign Affairs', 'X'],
  ])('none: %s (%s)', (phrase, acronym) => {
    expect(spelled(phrase, acronym)).toBeNull();
  });
});
