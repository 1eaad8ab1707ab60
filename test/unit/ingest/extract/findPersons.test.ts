import { beforeAll, describe, expect, it } from 'vitest';
import { findMentions } from '../../../../ingest/extract/findMentions.js';
import { findPersons } from '../../../../ingest/extract/findPersons.js';
import { splitSentences } from '../../../../ingest/extract/splitSentences.js';
import { loadLexicons, type Lexicons } from '../../../../ingest/lexicons/loadLexicons.js';

let lex: Lexicons;
beforeAll(() => {
  lex = loadLexicons();
});

function persons(text: string, lang: string) {
  return findPersons(text, splitSentences(text), lang, findMentions(text, lang, lex.gazetteer), lex.rules).persons;
}

describe('findPersons: title-anchored patterns', () => {
  it.each([
    // text, language, name, role, country
    ['Hier, Jean Dupontel, ministre des Affaires étrangères de la République du Niger, a parlé.', 'fr', 'Jean Dupontel', 'Minister of Foreign Affairs', 'NE'],
    ['Le ministre des Affaires étrangères et de la Coopération internationale du Tchad, M. Ali Mahamat Zene, a parlé.', 'fr', 'Ali Mahamat Zene', 'Minister of Foreign Affairs and International Cooperation', 'TD'],
    ['Le chef de la diplomatie malienne, Amadou Koné, a parlé.', 'fr', 'Amadou Koné', 'Minister of Foreign Affairs', 'ML'],
    ['Il a reçu son homologue ghanéen, M. Kwame Asante.', 'fr', 'Kwame Asante', null, 'GH'],
    ['Peter Lindqvist, Foreign Minister of Sweden, said the talks were useful.', 'en', 'Peter Lindqvist', 'Minister of Foreign Affairs', 'SE'],
    ['Kenyan Foreign Minister Mary Wanjiru arrived on Tuesday.', 'en', 'Mary Wanjiru', 'Minister of Foreign Affairs', 'KE'],
    ["Brazil's Minister of Defence, João Carvalho, spoke first.", 'en', 'João Carvalho', 'Minister of Defence', 'BR'],
    ['He met his Indian counterpart Ravi Menon on Friday.', 'en', 'Ravi Menon', null, 'IN'],
    ['El canciller chileno, Pedro Morales, viajó a Lima.', 'es', 'Pedro Morales', 'Minister of Foreign Affairs', 'CL'],
  ] as const)('%s', (text, lang, name, role, country) => {
    const p = persons(text, lang).find((x) => x.name === name);
    expect(p).toBeDefined();
    expect(p?.country).toBe(country);
    if (role) expect(p?.role).toBe(role);
  });

  it.each([
    ['Le Secrétaire général de l’ONU, M. Karl Mendes, a appelé au calme.', 'fr', 'Karl Mendes'],
    ['UN Secretary-General Karl Mendes called for calm.', 'en', 'Karl Mendes'],
  ] as const)('international officials get the organisation, not a country: %s', (text, lang, name) => {
    const p = persons(text, lang).find((x) => x.name === name);
    expect(p?.country).toBeNull();
    expect(p?.organization).toBe('un');
    expect(p?.role).toBe('UN Secretary-General');
  });

  it.each([
    ['honorifics', 'S.E.M. Ousmane Traoré et Mme Awa Diallo ont signé. Dr Ibrahim Sow était présent.', 'fr', ['Ousmane Traoré', 'Awa Diallo', 'Ibrahim Sow']],
    ['English honorifics', 'H.E. Lina Park met Mr Tom Baker and Dr. Sara Cohen.', 'en', ['Lina Park', 'Tom Baker', 'Sara Cohen']],
  ] as const)('%s', (_label, text, lang, names) => {
    expect(persons(text, lang).map((p) => p.name)).toEqual(expect.arrayContaining([...names]));
  });
});

describe('findPersons: second mentions', () => {
  it('resolves surname-only and honorific + surname mentions to the full name', () => {
    const text = 'Le ministre des Affaires étrangères du Niger, M. Moussa Kanté, a reçu son homologue. M. Kanté a salué la rencontre. Kanté a ensuite quitté la salle.';
    const ps = persons(text, 'fr');
    const kante = ps.filter((p) => p.name.endsWith('Kanté'));
    expect(kante).toHaveLength(1);
    expect(kante[0]?.name).toBe('Moussa Kanté');
    expect(kante[0]?.mentions.length).toBe(3);
    expect(kante[0]?.country).toBe('NE');
  });

  it('resolves a given-name short form to the full name', () => {
    const text = 'Foreign Minister Retna Sari Dewi hosted the talks. "We agree," Retna said.';
    const ps = persons(text, 'en');
    expect(ps.map((p) => p.name)).toEqual(['Retna Sari Dewi']);
  });

  it('does not take title words or places for names', () => {
    const text = 'Le président de la Transition a parlé au palais présidentiel du Plateau, selon la Charte des Nations unies.';
    expect(persons(text, 'fr').map((p) => p.name)).toEqual([]);
  });
});
