import { beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../ingest/extract/extractArticle.js';
import { findMentions } from '../../../../ingest/extract/findMentions.js';
import { findPersons } from '../../../../ingest/extract/findPersons.js';
import { splitSentences } from '../../../../ingest/extract/splitSentences.js';
import { loadLexicons, type Lexicons } from '../../../../ingest/lexicons/loadLexicons.js';
import type { Article } from '../../../../src/domain/article.js';
import type { Extraction } from '../../../../src/domain/extraction.js';

// Rules added after the held-out set (test/fixtures/holdout) showed them missing. Every text
// here is written for this test; names are invented where only the shape of the text matters.

let lex: Lexicons;
beforeAll(() => {
  lex = loadLexicons();
});

function persons(text: string, lang: string) {
  return findPersons(text, splitSentences(text), lang, findMentions(text, lang, lex.gazetteer), lex.rules).persons;
}

function extract(text: string, language: string, published: string | null): Extraction {
  const article: Article = { id: 't', url: null, title: null, published, language, author: null, source: 't', text };
  return extractArticle(article, lex);
}

describe('offices, honorifics and names', () => {
  it.each([
    // text, language, name, role, country (null: serves an organisation or none)
    ["Kenya's Cabinet Secretary for Foreign and Diaspora Affairs, Peter Wekesa, met the envoys.", 'en', 'Peter Wekesa', 'Cabinet Secretary', 'KE'],
    ["Kenya's Prime Cabinet Secretary Peter Wekesa met the envoys.", 'en', 'Peter Wekesa', 'Prime Cabinet Secretary', 'KE'],
    ["Bangladesh's Chief Adviser Karim Rahman opened the session.", 'en', 'Karim Rahman', 'Chief Adviser', 'BD'],
    ['Talks followed with Foreign Adviser Md. Anwar Hossain at the ministry.', 'en', 'Anwar Hossain', 'Foreign Adviser', null],
    ["India's foreign secretary, Arjun Mehta, briefed reporters.", 'en', 'Arjun Mehta', 'Foreign Secretary', 'IN'],
    ['Philippine Defense Secretary Ramon Cruz signed for Manila.', 'en', 'Ramon Cruz', 'Minister of Defence', 'PH'],
    ['The Emir of Qatar, Sheikh Khalid bin Saad Al Thani, arrived.', 'en', 'Khalid bin Saad Al Thani', 'Emir', 'QA'],
    ["Djiboutian Foreign Minister Omar Farah spoke.", 'en', 'Omar Farah', 'Minister of Foreign Affairs', 'DJ'],
    ["Le ministre d'État, ministre des Affaires étrangères, de la Communauté nationale à l'étranger et des Affaires africaines, M. Karim Belaid, a parlé.", 'fr', 'Karim Belaid', 'Minister of State, Minister of Foreign Affairs, National Community Abroad and African Affairs', null],
  ] as const)('%s', (text, lang, name, role, country) => {
    const p = persons(text, lang).find((x) => x.name === name);
    expect(p).toBeDefined();
    expect(p?.role).toBe(role);
    if (country) expect(p?.country).toBe(country);
  });

  it.each([
    ['UN High Commissioner for Refugees Paolo Bianchi visited the camps.', 'en', 'Paolo Bianchi', 'unhcr'],
    ["Le Haut-Commissaire des Nations unies pour les réfugiés, M. Paolo Bianchi, est arrivé.", 'fr', 'Paolo Bianchi', 'unhcr'],
    ['UN High Commissioner for Human Rights Paolo Bianchi called for restraint.', 'en', 'Paolo Bianchi', 'un'],
  ] as const)('UN high commissioners serve the organisation: %s', (text, lang, name, org) => {
    const p = persons(text, lang).find((x) => x.name === name);
    expect(p?.country).toBeNull();
    expect(p?.organization).toBe(org);
  });

  it.each([
    ["Le ministre de l’Économie, M. Paul Morel, a présenté le budget.", 'Paul Morel', 'Minister of Economy'],
    ["La ministre de l'Intégration africaine et des Affaires étrangères, Mme Awa Ndiaye, a parlé.", 'Awa Ndiaye', 'Minister of African Integration and Foreign Affairs'],
  ] as const)('portfolios after an elided article are read: %s', (text, name, role) => {
    expect(persons(text, 'fr').find((x) => x.name === name)?.role).toBe(role);
  });

  it('"la cheffe de la diplomatie sénégalaise" places a minister whose title holds foreign affairs among other portfolios', () => {
    const p = persons("La ministre de l'Intégration africaine et des Affaires étrangères, Mme Awa Ndiaye, a été reçue à Bruxelles. La cheffe de la diplomatie sénégalaise a plaidé pour un partenariat.", 'fr').find((x) => x.name === 'Awa Ndiaye');
    expect(p?.country).toBe('SN');
  });

  it('"the Hungarian foreign minister" places a deputy prime minister who is also the foreign minister', () => {
    const text = 'Deputy Prime Minister and Minister of Foreign Affairs Lena Varga arrived in Geneva on Monday. The Hungarian foreign minister called for talks.';
    expect(persons(text, 'en').find((x) => x.name === 'Lena Varga')?.country).toBe('HU');
  });

  it('a Commonwealth High Commissioner is an envoy of the sending state', () => {
    const p = persons("Kenya's High Commissioner to Uganda, Joseph Otieno, presented his credentials.", 'en').find((x) => x.name === 'Joseph Otieno');
    expect(p?.role).toBe('Ambassador');
    expect(p?.country).toBe('KE');
  });

  it.each([
    ['H.H. Sheikh Khalid bin Saad Al Nahyan received the delegation.', 'Khalid bin Saad Al Nahyan'],
    ['His Highness Sheikh Khalid bin Saad Al Nahyan received the delegation.', 'Khalid bin Saad Al Nahyan'],
  ])('royal styles are not part of the name: %s', (text, name) => {
    expect(persons(text, 'en').map((p) => p.name)).toContain(name);
  });

  it('two people sharing a family name stay apart', () => {
    const text = 'Sheikh Khalid bin Saad Al Nahyan, Minister of Foreign Affairs, received the envoy. He conveyed greetings to President Sheikh Hamad bin Saad Al Nahyan.';
    const names = persons(text, 'en').map((p) => p.name);
    expect(names).toContain('Khalid bin Saad Al Nahyan');
    expect(names).toContain('Hamad bin Saad Al Nahyan');
  });

  it('an English possessive is not part of the name', () => {
    const names = persons("The minister backed former prime minister Daniel Kiprono's bid.", 'en').map((p) => p.name);
    expect(names).toContain('Daniel Kiprono');
    expect(names).not.toContain("Daniel Kiprono's");
  });

  it.each([
    ['Mr Kamau, a former Chadian prime minister, chaired the panel. Daniel Kiprono, Prime Minister, spoke.', 'en'],
    ["L'ancien président malien, M. Daniel Kiprono, est arrivé.", 'fr'],
  ] as const)('a former office gives no current role or country: %s', (text, lang) => {
    const p = persons(text, lang).find((x) => x.name === 'Daniel Kiprono');
    expect(p).toBeDefined();
    expect(p?.country === 'TD' || p?.country === 'ML').toBe(false);
  });

  it('a title after an organisation name is the next name\'s: "Sommet de la Francophonie, le président rwandais X"', () => {
    const p = persons('En marge du Sommet de la Francophonie, le président rwandais Jean Habimana a reçu son hôte.', 'fr').find((x) => x.name === 'Jean Habimana');
    expect(p?.role).toBe('President');
    expect(p?.country).toBe('RW');
  });

  it.each([
    ['El ministro agradeció el apoyo a la candidatura de Michelle Bachelet.', 'es', 'Michelle Bachelet'],
    ['Le programme du Gouvernement de Michel Morel a été adopté.', 'fr', 'Michel Morel'],
  ] as const)('a name opening with a known given name counts after a preposition: %s', (text, lang, name) => {
    expect(persons(text, lang).map((p) => p.name)).toContain(name);
  });

  it('a legislature is not a person', () => {
    const names = persons('The pact still needs approval by the Philippine Senate.', 'en').map((p) => p.name);
    expect(names).not.toContain('Senate');
  });
});

describe('events', () => {
  it.each([
    ['NEW DELHI – President Kavita Rao accepted the credentials of the new Ambassador of Chile at a ceremony on Tuesday, the Secretariat said.', 'en', '2025-02-19', ['CL', 'IN']],
    ["DAKAR – Le nouvel ambassadeur du Japon a présenté mardi ses lettres de créance au président de la République sénégalaise, M. Amadou Ba.", 'fr', '2025-02-19', ['JP', 'SN']],
  ] as const)('presenting credentials is an encounter, a ceremony of type other: %s', (text, lang, published, countries) => {
    const events = extract(text, lang, published).events;
    expect(events).toHaveLength(1);
    expect(events[0]?.type).toBe('other');
    expect([...(events[0]?.countries ?? [])].sort()).toEqual(countries);
  });

  it('"called for" is not a phone call', () => {
    const events = extract('UN High Commissioner for Refugees Paolo Bianchi met Kenyan Foreign Minister Mary Wanjiru in Nairobi on Tuesday and called for more funding.', 'en', '2025-03-05').events;
    expect(events.map((e) => e.type)).toEqual(['meeting']);
  });

  it('an announced visit with its date before the venue is planned and dated forward', () => {
    const e = extract("Le ministre chinois des Affaires étrangères, Li Wen, est attendu mardi 7 janvier à N'Djamena. M. Li doit être reçu en audience par le président de la République.", 'fr', '2025-01-04').events[0];
    expect(e?.type).toBe('visit');
    expect(e?.status).toBe('planned');
    expect(e?.date).toBe('2025-01-07');
  });

  it('"se sont retrouvés mercredi à Paris" is a meeting there', () => {
    const e = extract("Les ministres des Affaires étrangères se sont retrouvés mercredi à Paris. Le ministre français Paul Morel a accueilli le ministre polonais Jan Nowicki et la ministre allemande Anna Richter.", 'fr', '2025-02-13').events[0];
    expect(e?.type).toBe('meeting');
    expect(e?.date).toBe('2025-02-12');
    expect(e?.location?.country).toBe('FR');
  });

  it('a long list of states in a summit sentence does not join the bilateral meeting', () => {
    const text = 'Indian Prime Minister Ravi Menon and Chinese President Li Wen held talks in Kazan on Wednesday. The summit, hosted by Russian President Ivan Petrov, brought together leaders of Brazil, Russia, India, China and South Africa.';
    const e = extract(text, 'en', '2024-10-24').events;
    expect(e).toHaveLength(1);
    expect([...(e[0]?.countries ?? [])].sort()).toEqual(['CN', 'IN']);
  });

  it('attendees named after the encounter take part in it', () => {
    const text = 'Sheikh Khalid bin Saad Al Nahyan, Minister of Foreign Affairs, received Indian External Affairs Minister Ravi Menon in Abu Dhabi on Thursday. The meeting was attended by Omar Saeed, Minister of State, and Arjun Mehta, Ambassador of India to the UAE.';
    const e = extract(text, 'en', '2024-12-13').events[0];
    const names = e?.participants.map((p) => p.name) ?? [];
    expect(names).toContain('Omar Saeed');
    expect(names).toContain('Arjun Mehta');
  });

  it('an audience with the head of state after a signing is a second encounter', () => {
    const text = "COTONOU – Un protocole d'accord a été signé jeudi à Cotonou par le ministre béninois des Affaires étrangères, Paul Adjovi, et le ministre nigérian des Affaires étrangères, Musa Bello. Arrivé la veille, M. Bello a également été reçu par le chef de l'État béninois, Jean Houngbo.";
    const types = extract(text, 'fr', '2024-11-22').events.map((e) => e.type).sort();
    expect(types).toEqual(['agreement', 'meeting']);
  });

  it('topic words inside an office title are not topics', () => {
    const x = extract("DAKAR – La ministre de l'Intégration africaine et des Affaires étrangères, Mme Awa Ndiaye, a reçu mardi à Dakar son homologue malien, M. Moussa Keita. Les deux ministres ont parlé de la pêche.", 'fr', '2025-03-12');
    const labels = x.topics.map((t) => t.label);
    expect(labels).not.toContain('regional integration');
    expect(labels).toContain('fisheries');
  });

  it("a dateline's named state places a town the gazetteer lacks", () => {
    const e = extract('VILLEBOURG-SUR-ORGE (France) – Le président rwandais Jean Habimana s\'est entretenu vendredi avec le Premier ministre du Canada, Marc Tremblay.', 'fr', '2024-10-05').events[0];
    expect(e?.location?.country).toBe('FR');
    expect(e?.location?.placeId).toBeNull();
  });

  it('an official named by a bare national title in a story set in one country is that country\'s, even beside a named host', () => {
    const e = extract('MANILA – The pact was signed in Manila on Monday by Japanese Foreign Minister Aiko Tanaka and Philippine Defense Secretary Ramon Cruz, in a ceremony witnessed by President Luis Santos.', 'en', '2024-07-08').events[0];
    expect(e?.participants.find((p) => p.name === 'Luis Santos')?.country).toBe('PH');
  });

  it('"the President" with no name refers back to the president the article named first', () => {
    const text = 'NEW DELHI – President Kavita Rao accepted the credentials of the new Ambassador of Chile on Tuesday. She conveyed her good wishes to President Luis Santos of Chile. Earlier in the day, the President also received the credentials of the ambassador of Estonia.';
    const events = extract(text, 'en', '2025-02-19').events;
    const estonia = events.find((e) => e.countries.includes('EE'));
    expect(estonia?.participants.map((p) => p.name)).toContain('Kavita Rao');
    expect(estonia?.participants.map((p) => p.name)).not.toContain('Luis Santos');
  });

  it('separate talks with an official placed by the venue are a second encounter', () => {
    const text = 'DHAKA — UN High Commissioner for Refugees Paolo Bianchi met Chief Adviser Karim Rahman in Dhaka on Tuesday. Later in the day, Bianchi held separate talks with Foreign Adviser Anwar Hossain at the foreign ministry.';
    const events = extract(text, 'en', '2024-11-27').events;
    expect(events).toHaveLength(2);
    expect(events[1]?.participants.map((p) => p.name).sort()).toEqual(['Anwar Hossain', 'Paolo Bianchi']);
  });

  it.each([
    ["New Zealand's High Commissioner to India, Patrick Rowe, called on External Affairs Minister Arjun Mehta in New Delhi on Tuesday.", 1],
    ['At the rally, the minister called on Russia and Ukraine to return to talks.', 0],
  ] as const)('"called on X" is a courtesy call, "called on X to …" an appeal: %s', (text, n) => {
    expect(extract(text, 'en', '2024-11-20').events).toHaveLength(n);
  });
});

describe('head of government styled président du Conseil', () => {
  it('la présidente du Conseil des ministres italien is a prime minister', () => {
    const p = persons("Il a reçu un appel de la présidente du Conseil des ministres italien, Mme Laura Bianchi.", 'fr').find((x) => x.name === 'Laura Bianchi');
    expect(p?.role).toBe('Prime Minister');
    expect(p?.country).toBe('IT');
  });

  it.each([
    ['CAIRO – Talks between Egypt and Sudan on the Nile waters were held in Cairo on Sunday, officials said.', 'en', ['EG', 'SD']],
    ["Des pourparlers entre le Tchad et le Soudan ont eu lieu dimanche à N'Djamena.", 'fr', ['SD', 'TD']],
  ] as const)('"talks between X and Y" is an encounter of X and Y: %s', (text, lang, countries) => {
    const e = extract(text, lang, '2025-01-13').events;
    expect(e).toHaveLength(1);
    expect([...(e[0]?.countries ?? [])].sort()).toEqual(countries);
  });

  it('"the meeting took place the day …" refers back to the meeting already reported', () => {
    const text = "ADDIS-ABEBA – En marge du sommet de l'UA, la ministre sénégalaise des Affaires étrangères, Mme Awa Ndiaye, s'est entretenue samedi avec son homologue mauritanien, M. Ahmed Salem. La rencontre s'est tenue le jour où le Djiboutien Omar Farah a été élu, en remplacement du Tchadien Ali Mahamat.";
    expect(extract(text, 'fr', '2025-02-16').events).toHaveLength(1);
  });

  it('"she would travel to Luanda next month" is a planned visit', () => {
    const e = extract('KINSHASA – The Congolese foreign minister, Marie Ilunga, said she would travel to Luanda next month for talks on the crisis.', 'en', '2025-01-13').events[0];
    expect(e?.type).toBe('visit');
    expect(e?.status).toBe('planned');
    expect([...(e?.countries ?? [])].sort()).toEqual(['AO', 'CD']);
  });

  it('a second head of state at the venue is a guest, not the host', () => {
    const e = extract('CIUDAD DE MÉXICO – La presidenta Ana Torres se reunió el martes en Palacio Nacional con el rey Felipe VI y con el canciller de Chile, Pedro Morales.', 'es', '2024-10-02').events[0];
    expect(e?.participants.find((p) => p.name === 'Ana Torres')?.country).toBe('MX');
    // Not the venue's; the actor dictionary knows his own.
    expect(e?.participants.find((p) => p.name === 'Felipe VI')?.country).not.toBe('MX');
  });

  it('"mantuvieron una reunión bilateral" is a meeting', () => {
    const e = extract('El presidente de Argentina, Pablo Ruiz, y el presidente de China, Li Wen, mantuvieron este martes una reunión bilateral en Río de Janeiro.', 'es', '2024-11-19').events;
    expect(e.map((x) => x.type)).toEqual(['meeting']);
  });
});

describe('secretaries-general of organisations other than the UN', () => {
  it.each([
    ['NATO Secretary-General Karl Jansen met the minister.', 'en', 'Karl Jansen', 'nato'],
    ['El canciller recibió al secretario general de la OEA, Luis Paredes.', 'es', 'Luis Paredes', 'oas'],
    ['UN Secretary-General Karl Jansen met the minister.', 'en', 'Karl Jansen', 'un'],
  ] as const)('%s', (text, lang, name, org) => {
    expect(persons(text, lang).find((x) => x.name === name)?.organization).toBe(org);
  });
});

describe('visits to a state', () => {
  it('"arrived in Poland … before travelling on to Kyiv" is a visit to Poland', () => {
    const e = extract('WARSAW – Indian Prime Minister Ravi Menon arrived in Poland on Wednesday, before travelling on to Kyiv.', 'en', '2024-08-21').events[0];
    expect(e?.location?.country).toBe('PL');
    expect([...(e?.countries ?? [])].sort()).toEqual(['IN', 'PL']);
  });

  it('"President X of South Africa will pay a state visit to Egypt" is planned, with both states', () => {
    const e = extract('President Thabo Ndlovu of South Africa will pay a state visit to Egypt next week at the invitation of President Omar Farouk.', 'en', '2024-06-14').events[0];
    expect(e?.type).toBe('visit');
    expect(e?.status).toBe('planned');
    expect(e?.participants.find((p) => p.name === 'Thabo Ndlovu')?.country).toBe('ZA');
    expect(e?.location?.country).toBe('EG');
  });

  it('a state named as the subject of talks is not a party: "to discuss the situation in Syria"', () => {
    const e = extract('The foreign ministers of Egypt, Jordan and Iraq met in Cairo on Wednesday to discuss the situation in Syria.', 'en', '2024-12-05').events[0];
    expect([...(e?.countries ?? [])].sort()).toEqual(['EG', 'IQ', 'JO']);
  });
});
