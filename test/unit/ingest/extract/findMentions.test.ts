import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../../ingest/extract/findMentions.js';
import { loadGazetteer } from '../../../../ingest/lexicons/loadGazetteer.js';

const gazetteer = loadGazetteer();
const entities = (text: string, lang: string | null) =>
  findMentions(text, lang, gazetteer).filter((m) => m.kind !== 'topic').map((m) => `${m.kind}:${m.id}`);

describe('findMentions', () => {
  it.each([
    // elisions, with both apostrophes
    ["réunion à l'ONU", 'fr', ['organization:un']],
    ['soutien de l’UA', 'fr', ['organization:au']],
    ["retour d'Algérie", 'fr', ['country:DZ']],
    // case traps
    ['la réunion des ministres', 'fr', []],
    ['un voyage à La Réunion', 'fr', ['country:RE']],
    ['the chad and the turkey on a china plate', 'en', []],
    ['Chad, Turkey and China', 'en', ['country:TD', 'country:TR', 'country:CN']],
    ['let us talk', 'en', []],
    ['talks with the US', 'en', ['country:US']],
    ['un accord signé', 'fr', []],
    ['UN ACCORD SIGNÉ', 'fr', []],
    ['le chef de l’UN a parlé', 'fr', ['organization:un']],
    ['la ua', 'fr', []],
    // demonyms: gender and number
    ['le ministre malien', 'fr', ['demonym:ML']],
    ['la partie malienne', 'fr', ['demonym:ML']],
    ['les Maliennes', 'fr', ['demonym:ML']],
    ['le président burkinabè', 'fr', ['demonym:BF']],
    ['his Indian counterpart', 'en', ['demonym:IN']],
    ['los ministros mexicanos', 'es', ['demonym:MX']],
    ['les autorités russes', 'fr', ['demonym:RU']],
    // exonyms and official names
    ['à Moscou', 'fr', ['city:ru-moscow']],
    ['in Beijing', 'en', ['city:cn-beijing']],
    ['à Pékin', 'fr', ['city:cn-beijing']],
    ['en El Cairo', 'es', ['city:eg-cairo']],
    ['à Addis-Abeba', 'fr', ['city:et-addis-ababa']],
    ['in Addis Ababa', 'en', ['city:et-addis-ababa']],
    ['la Fédération de Russie', 'fr', ['country:RU']],
    ['la République du Mali', 'fr', ['country:ML']],
    ['Türkiye and Turkey', 'en', ['country:TR', 'country:TR']],
    ['la Turquie', 'fr', ['country:TR']],
    ["la Côte d’Ivoire", 'fr', ['country:CI']],
    ['Ivory Coast', 'en', ['country:CI']],
    ['la RDC', 'fr', ['country:CD']],
    ['les États-Unis', 'fr', ['country:US']],
    ['the U.S. said', 'en', ['country:US']],
    ['los Emiratos Árabes Unidos', 'es', ['country:AE']],
    // longest match wins
    ['la République démocratique du Congo', 'fr', ['country:CD']],
    ['la Guinée-Bissau', 'fr', ['country:GW']],
    ['Papua New Guinea', 'en', ['country:PG']],
    ['le Conseil de sécurité de l’ONU', 'fr', ['organization:unsc']],
    ['la Commission de l’UA', 'fr', ['organization:au-commission']],
    // combining forms only before a hyphen
    ['le conflit israélo-palestinien', 'fr', ['demonym:IL', 'demonym:PS']],
    ['the Indo-Pacific', 'en', []],
    // organisations in each language
    ['la CEDEAO et l’AES', 'fr', ['organization:ecowas', 'organization:aes']],
    ['ECOWAS and the Alliance of Sahel States', 'en', ['organization:ecowas', 'organization:aes']],
    ['la Unión Europea y la UE', 'es', ['organization:eu', 'organization:eu']],
    ["l'OTAN et NATO", 'fr', ['organization:nato']],
  ])('%s (%s)', (text, lang, expected) => {
    expect(entities(text, lang)).toEqual(expected);
  });

  it('gives offsets that slice back to the matched text', () => {
    const text = "Sergueï Lavrov a reçu à Moscou son homologue malien ; l’ONU et la CEDEAO, l'énergie.";
    const ms = findMentions(text, 'fr', gazetteer);
    expect(ms.length).toBeGreaterThan(4);
    for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('matches topics independently of entities, with stems', () => {
    const ms = findMentions('la guerre en Ukraine et les énergies renouvelables', 'fr', gazetteer);
    expect(ms.filter((m) => m.kind === 'country').map((m) => m.id)).toEqual(['UA']);
    expect(ms.filter((m) => m.kind === 'topic').map((m) => m.id)).toEqual(expect.arrayContaining(['ukraine-war', 'energy']));
  });

  it('drops topic keywords inside an organisation name', () => {
    const ms = findMentions('la Confédération des États du Sahel et la sécurité au Sahel', 'fr', gazetteer);
    const topics = ms.filter((m) => m.kind === 'topic');
    expect(topics.map((m) => m.text)).toEqual(['sécurité', 'Sahel']);
    expect(topics[1]!.start).toBeGreaterThan(40);
  });
});
