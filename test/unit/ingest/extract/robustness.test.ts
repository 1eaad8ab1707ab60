import { beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../ingest/extract/extractArticle.js';
import { findMentions } from '../../../../ingest/extract/findMentions.js';
import { findPersons } from '../../../../ingest/extract/findPersons.js';
import { splitSentences } from '../../../../ingest/extract/splitSentences.js';
import { loadLexicons, type Lexicons } from '../../../../ingest/lexicons/loadLexicons.js';
import { fastBoundaries } from '../../../../ingest/rules/loadRules.js';

// Bugs seen on articles outside the dev set, each pinned with short texts written for the test.

let lex: Lexicons;
beforeAll(() => {
  lex = loadLexicons();
});

function persons(text: string, lang: string) {
  return findPersons(text, splitSentences(text), lang, findMentions(text, lang, lex.gazetteer), lex.rules).persons;
}

function extract(text: string, language: string, published = '2025-03-12') {
  return extractArticle({ id: 't', url: null, title: null, published, language, author: null, source: 'test', text }, lex);
}

describe('persons: COUNTRY’s TITLE NAME', () => {
  it.each([
    ["Talks opened with Kenya's Foreign Minister Mary Wanjiru on Monday.", 'Mary Wanjiru', 'KE', 'Minister of Foreign Affairs'],
    ["He later met Ghana's Minister of Foreign Affairs Kwame Boateng in Accra.", 'Kwame Boateng', 'GH', 'Minister of Foreign Affairs'],
    ["Chile’s Defence Minister Pedro Morales arrived late.", 'Pedro Morales', 'CL', 'Minister of Defence'],
  ] as const)('%s', (text, name, country, role) => {
    const p = persons(text, 'en').find((x) => x.name === name);
    expect(p).toBeDefined();
    expect(p?.country).toBe(country);
    expect(p?.role).toBe(role);
  });
});

describe('persons: an office in apposition belongs to the name before it', () => {
  it.each([
    [
      'Jean Kaboré, ministre burkinabè des Affaires étrangères, de la Coopération régionale et des Burkinabè de l’extérieur, Moussa Keita, ministre malien des Affaires étrangères, et leur hôte ont parlé.',
      'fr',
      { 'Jean Kaboré': 'BF', 'Moussa Keita': 'ML' },
    ],
    [
      'Ana Torres, Foreign Minister of Peru, Luis Herrera, Foreign Minister of Ecuador, and their host spoke.',
      'en',
      { 'Ana Torres': 'PE', 'Luis Herrera': 'EC' },
    ],
  ] as const)('%s', (text, lang, expected) => {
    const ps = persons(text, lang);
    for (const [name, country] of Object.entries(expected)) expect(ps.find((p) => p.name === name)?.country).toBe(country);
  });
});

describe('persons: a bare title refers back only to a holder of that post without a country', () => {
  it('does not give the visitor’s country to the host counterpart', () => {
    const text =
      "La ministre de l'Intégration africaine et des Affaires étrangères du Togo, Akossiwa Mensah, a été reçue à Rabat par son homologue Karim Alaoui, ministre des Affaires étrangères. " +
      'Il s’agissait de la première visite de la cheffe de la diplomatie togolaise au Maroc.';
    const ps = persons(text, 'fr');
    expect(ps.find((p) => p.name === 'Akossiwa Mensah')?.country).toBe('TG');
    expect(ps.find((p) => p.name === 'Karim Alaoui')?.country).not.toBe('TG');
  });
});

describe('events: a trigger in passing does not decide the type of the article’s event', () => {
  it.each([
    [
      "NAIROBI – Kenyan Foreign Minister Mary Wanjiru held talks on Tuesday with Ghana's Foreign Minister Kwame Boateng in Nairobi.\n\n" +
        'The two ministers discussed trade and security.\n\n' +
        'The visit was the Ghanaian minister’s latest contact with his Kenyan counterpart, following a phone call in January.',
      'en',
      ['meeting', 'visit'],
    ],
    [
      'Le ministre kényan des Affaires étrangères, Mary Wanjiru, a reçu mardi à Nairobi son homologue ghanéen, M. Kwame Boateng.\n\n' +
        'Les deux ministres ont évoqué le commerce et la sécurité.\n\n' +
        'Cette visite intervient après un entretien téléphonique en janvier entre les deux ministres.',
      'fr',
      ['meeting', 'visit'],
    ],
  ] as const)('%s', (text, lang, types) => {
    const events = extract(text, lang).events;
    expect(events).toHaveLength(1);
    expect(types).toContain(events[0]?.type);
    expect(events[0]?.countries).toEqual(['GH', 'KE']);
  });

  it('still reports a phone call named with its parties', () => {
    const text = 'Kenyan Foreign Minister Mary Wanjiru held a phone call on Tuesday with Ghana’s Foreign Minister Kwame Boateng.';
    expect(extract(text, 'en').events.map((e) => e.type)).toEqual(['phone_call']);
  });
});

describe('rules: word boundaries', () => {
  it.each([
    ['\\bmet\\b', ['met', 'they met.'], ['émet', 'metal', 'helmet']],
    ['\\b(?:flood|storm)s?\\b', ['floods hit', 'a storm'], ['stormy', 'bloodflood']],
    ['\\bin \\d{4}\\b', ['in 2019.'], ['in 20190', 'within 2019']],
    // A boundary after a group of words ends a word, whatever follows it.
    ['(?:le|la) (?:ministre|chef)\\b[^.]{0,20}$', ['le ministre turc a', 'la chef du'], ['le ministrea', 'la cheffe']],
    // So does one after nested groups that end with a letter, or with a letter made optional.
    ['^(?:en dehors d(?:e|u|es))\\b[^,]{1,20},', ['en dehors de la visite, X'], ['en dehors desormais, X']],
    ['(?:reçue?s?)\\b[^.]{0,5}$', ['reçus par', 'reçue hier'], ['reçuesX']],
  ] as const)('%s keeps whole words only', (source, yes, no) => {
    const re = new RegExp(fastBoundaries(source), 'iu');
    for (const s of yes) expect(re.test(s), s).toBe(true);
    for (const s of no) expect(re.test(s), s).toBe(false);
  });
});

describe('events: general phrasings', () => {
  it.each([
    ['Le 3 mai 2024, Jean Dupontel, ministre des Affaires étrangères du Niger, a eu un entretien téléphonique avec Kwame Asante, ministre des Affaires étrangères du Ghana.', 'fr', 'phone_call', 'occurred'],
    ['Le 3 mai 2024, Jean Dupontel, ministre des Affaires étrangères du Niger, et Kwame Asante, ministre des Affaires étrangères du Ghana, ont eu des entretiens à Niamey.', 'fr', 'meeting', 'occurred'],
    ['Jean Dupontel, ministre des Affaires étrangères du Niger, et Kwame Asante, ministre des Affaires étrangères du Ghana, ont tenu une réunion le 3 mai 2024 à Niamey.', 'fr', 'meeting', 'occurred'],
    ['Un accord sur la sécurité a été signé le 3 mai à Niamey par le ministre des Affaires étrangères nigérien, Jean Dupontel, et le ministre des Affaires étrangères ghanéen, Kwame Asante.', 'fr', 'agreement', 'occurred'],
    ['Mary Wanjiru, Minister of Defence of Kenya, will receive Kwame Boateng, Minister of Defence of Ghana, in Nairobi on June 10, officials said.', 'en', 'meeting', 'planned'],
  ] as const)('%s', (text, lang, type, status) => {
    const events = extract(text, lang, '2024-05-05').events;
    expect(events.map((e) => [e.type, e.status])).toEqual([[type, status]]);
    expect(events[0]?.countries).toHaveLength(2);
  });

  it('reads a bare possessive apostrophe after a country ending in s', () => {
    const text = "Laos' Prime Minister Khamla Vongsa and Honduras' Foreign Minister Rosa Mejía met in Vientiane on Thursday.";
    const events = extract(text, 'en').events;
    expect(events[0]?.participants.map((p) => [p.name, p.country]).sort()).toEqual([['Khamla Vongsa', 'LA'], ['Rosa Mejía', 'HN']]);
  });
});

describe('events: a city-state’s capital written as the country is the venue', () => {
  it.each([
    ['Kenyan Foreign Minister Mary Wanjiru met Ghana’s Foreign Minister Kwame Boateng in Luxembourg on Tuesday.', 'en', 'LU'],
    ['Le ministre kényan des Affaires étrangères, Mary Wanjiru, a rencontré mardi à Djibouti son homologue ghanéen, M. Kwame Boateng.', 'fr', 'DJ'],
  ] as const)('%s', (text, lang, venue) => {
    expect(extract(text, lang).events[0]?.location?.country).toBe(venue);
  });

  it('does not make a venue of a country named after a preposition', () => {
    const text = 'Kenyan Foreign Minister Mary Wanjiru met Ghana’s Foreign Minister Kwame Boateng in France on Tuesday.';
    expect(extract(text, 'en').events[0]?.location).toBeNull();
  });
});

describe('persons: an official placed by the venue of the event serves that country', () => {
  it('gives the host counterpart the host country in the person list too', () => {
    const text =
      "La ministre de l'Intégration africaine et des Affaires étrangères du Togo, Akossiwa Mensah, a été reçue lundi à Rabat par son homologue Karim Alaoui, ministre des Affaires étrangères. " +
      'Il s’agissait de la première visite de la cheffe de la diplomatie togolaise au Maroc.';
    const x = extract(text, 'fr');
    expect(x.events[0]?.countries).toEqual(['MA', 'TG']);
    expect(x.persons.find((p) => p.name === 'Karim Alaoui')?.country).toBe('MA');
    expect(x.persons.find((p) => p.name === 'Akossiwa Mensah')?.country).toBe('TG');
  });
});

describe('events: a lead that names no one takes its parties from the next paragraph', () => {
  it('names the ministers of a meeting announced without names', () => {
    const text =
      'Les ministres des Affaires étrangères du Ghana et du Kenya se sont réunis mardi à Accra.\n\n' +
      'Kwame Boateng, ministre ghanéen des Affaires étrangères, et Mary Wanjiru, ministre kényane des Affaires étrangères, ont examiné un projet d’accord commercial.';
    const e = extract(text, 'fr').events;
    expect(e).toHaveLength(1);
    expect(e[0]?.participants.map((p) => [p.name, p.country]).sort()).toEqual([['Kwame Boateng', 'GH'], ['Mary Wanjiru', 'KE']]);
  });

  it('does not reach into the next paragraph from a later sentence', () => {
    const text =
      'Kwame Boateng, ministre ghanéen des Affaires étrangères, a reçu mardi à Accra Mary Wanjiru, ministre kényane des Affaires étrangères.\n\n' +
      'Les deux pays avaient déjà tenu une réunion technique.\n\n' +
      'Moussa Keita, ministre malien des Affaires étrangères, a salué la rencontre depuis Bamako.';
    const e = extract(text, 'fr').events;
    expect(e.flatMap((x) => x.participants.map((p) => p.name))).not.toContain('Moussa Keita');
  });
});
