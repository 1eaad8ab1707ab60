import { describe, expect, it } from 'vitest';
import { articleCountries } from '../../../../ingest/extract/articleCountries.js';
import { findMentions } from '../../../../ingest/extract/findMentions.js';
import { loadGazetteer } from '../../../../ingest/lexicons/loadGazetteer.js';

const gazetteer = loadGazetteer();
const codes = (text: string, lang: string) => articleCountries(text, findMentions(text, lang, gazetteer), gazetteer, lang).map((c) => c.code).sort();

describe('articleCountries', () => {
  it.each([
    ['Rabat et Paris ont signé un accord.', 'fr', ['FR', 'MA']],
    ['Moscow says the talks went well.', 'en', ['RU']],
    ["Washington's position has not changed.", 'en', ['US']],
    ['Les relations entre Rabat et Kigali se renforcent.', 'fr', ['MA', 'RW']],
    ['la guerre menée par Moscou', 'fr', ['RU']],
    ['Le ministre sénégalais était à Moscou.', 'fr', ['SN']],
    ['The summit was held in Addis Ababa.', 'en', []],
    ['Les ministres se sont retrouvés en Addis-Abeba.', 'fr', []],
    ['Talks in Moscow and Beijing ended.', 'en', []],
    ['Brussels says the sanctions will stay.', 'en', []],
    ['la RDC et le Rwanda', 'fr', ['CD', 'RW']],
    ['le ministre congolais', 'fr', ['CD']],
  ])('%s', (text, lang, expected) => {
    expect(codes(text, lang)).toEqual(expected);
  });
});
