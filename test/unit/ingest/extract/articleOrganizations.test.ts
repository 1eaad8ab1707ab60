import { describe, expect, it } from 'vitest';
import { articleOrganizations } from '../../../../ingest/extract/articleOrganizations.js';
import { findMentions } from '../../../../ingest/extract/findMentions.js';
import { findOrganizationsByPattern } from '../../../../ingest/extract/findOrganizationsByPattern.js';
import { loadLexicons } from '../../../../ingest/lexicons/loadLexicons.js';

// Sentences written for these tests.
const lex = loadLexicons();

function organizations(text: string, lang: string) {
  const mentions = findMentions(text, lang, lex.gazetteer);
  return articleOrganizations(mentions, lex.gazetteer, lang, findOrganizationsByPattern(text, lang, mentions, [], lex.rules));
}

describe('articleOrganizations', () => {
  it('lists lexicon and pattern organisations, most mentioned first', () => {
    const orgs = organizations("L'Assemblée nationale a salué le soutien de l'ONU. L'ONU a répondu.", 'fr');
    expect(orgs.map((o) => [o.id, o.name, o.kind, o.mentions])).toEqual([
      ['un', 'ONU', 'igo', 2],
      ['assemblee-nationale', 'Assemblée nationale', 'legislature', 1],
    ]);
  });

  it('makes one entry of a name and its acronym, under the full name', () => {
    const orgs = organizations('The Eastern Rivers Basin Authority (ERBA) warned of floods. ERBA said levels were rising.', 'en');
    expect(orgs.map((o) => [o.name, o.acronym, o.mentions])).toEqual([['Eastern Rivers Basin Authority', 'ERBA', 2]]);
  });

  it('names a lexicon organisation by the full form the text writes before its acronym', () => {
    const orgs = organizations('She met the head of the Organisation of American States (OAS). The OAS said the talks went well.', 'en');
    expect(orgs.map((o) => [o.id, o.name, o.acronym, o.wikidata])).toEqual([['oas', 'Organisation of American States', 'OAS', 'Q123759']]);
  });

  it('joins a shorter form to the fullest one and keeps the state the name gives', () => {
    const orgs = organizations('The US State Department confirmed the visit. A State Department official added details.', 'en');
    expect(orgs.map((o) => [o.name, o.country, o.mentions])).toEqual([['US State Department', 'US', 2]]);
  });

  it.each([
    ['es', 'El PP pidió la comparecencia del canciller y el PSOE la rechazó.', ['PP', 'PSOE']],
    ['fr', "Le sommet de la Sadc s'est ouvert à Lusaka.", ['Sadc']],
    ['en', 'The team won its CONCACAF Nations League group.', ['CONCACAF']],
    ['en', 'Trade inside the North American Free Trade Agreement (NAFTA) grew, and NAFTA partners agreed.', ['North American Free Trade Agreement']],
    ['es', 'El T-MEC entrará en revisión el próximo año.', ['T-MEC']],
  ])('lexicon bodies: parties, football confederations, trade pacts %s: %s', (lang, text, names) => {
    expect(organizations(text, lang).map((o) => o.name).sort()).toEqual([...names].sort());
  });

  it('groups the forms of a seeded agency', () => {
    const orgs = organizations('MADRID, 4 jun (EFE).- El ministro llegó a Lima, confirmó a Efe una fuente oficial.', 'es');
    expect(orgs.map((o) => [o.id, o.name, o.acronym, o.kind, o.mentions])).toEqual([['efe', 'EFE', 'EFE', 'news-agency', 2]]);
  });
});
