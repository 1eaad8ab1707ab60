import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../../ingest/extract/findMentions.js';
import { findOrganizationsByPattern, type TakenSpan } from '../../../../ingest/extract/findOrganizationsByPattern.js';
import { loadLexicons } from '../../../../ingest/lexicons/loadLexicons.js';

// Every sentence below was written for these tests; the bodies, outlets and companies are
// invented unless they are household names (AFP, EFE).
const lex = loadLexicons();

/** The pattern proposals for `text`; `persons` are names another pass took. */
function propose(text: string, lang: string, persons: readonly string[] = []) {
  const spans: TakenSpan[] = persons.map((p) => ({ start: text.indexOf(p), end: text.indexOf(p) + p.length }));
  return findOrganizationsByPattern(text, lang, findMentions(text, lang, lex.gazetteer), spans, lex.rules);
}

describe('findOrganizationsByPattern', () => {
  it.each([
    // French: a capitalised head with its lower-case rest
    ['fr', "Le texte a été adopté par l'Assemblée nationale jeudi soir.", ['Assemblée nationale']],
    ['fr', "Les chiffres publiés par l'Administration fédérale des douanes sont en hausse.", ['Administration fédérale des douanes']],
    ['fr', 'Il a rencontré les dirigeants du Parti communiste chinois à Pékin.', ['Parti communiste chinois']],
    ['fr', 'Le Comité bilatéral de suivi des projets tiendra sa session à Lomé.', ['Comité bilatéral de suivi des projets']],
    // English: capitalised names around a head
    ['en', 'Deakin University and the University of Canberra signed the accord.', ['Deakin University', 'University of Canberra']],
    ['en', 'The Russian Foreign Ministry said talks would resume.', ['Russian Foreign Ministry']],
    ['en', 'Global Affairs Canada issued a travel advisory on Monday.', ['Global Affairs Canada']],
    ['en', 'The ministers discussed the Ministry of Health budget.', ['Ministry of Health']],
    ['en', 'The deal was signed with Kestrel Dynamics Ltd and Orbis Holdings last week.', ['Kestrel Dynamics Ltd', 'Orbis Holdings']],
    ['en', 'Leaders of the Green Valley Party met the envoy.', ['Green Valley Party']],
    ['en', 'The minister told Harbour FM on Tuesday that the visit went well.', ['Harbour FM']],
    ['en', 'A member of the Supreme Council Member and Ruler of the emirate received him.', ['Supreme Council']],
    ['en', 'A statement from the Office of the Prime Minister followed the talks.', ['Office of the Prime Minister']],
    // Spanish
    ['es', 'El Ministerio de Relaciones Exteriores de Chile emitió un comunicado.', ['Ministerio de Relaciones Exteriores de Chile']],
    ['es', 'La Secretaría de Relaciones Exteriores informó del viaje.', ['Secretaría de Relaciones Exteriores']],
    ['es', 'El Partido Socialista Unido ganó las elecciones locales.', ['Partido Socialista Unido']],
    ['es', 'La propuesta fue presentada ante el Senado chileno el martes.', ['Senado chileno']],
    ['es', 'La Secretaría de Gobernación en términos de la ley vigente negó el permiso.', ['Secretaría de Gobernación']],
  ])('%s: %s', (lang, text, names) => {
    expect(propose(text, lang).map((o) => o.name)).toEqual(names);
  });

  it.each([
    // Credits, bylines and outlets named by a cue
    ['fr', 'DAKAR, 12 mai (APX) – Le ministre a reçu son homologue.', ['APX']],
    ['en', 'PORT LOUIS, June 3 (NAI/KPA): The ministers met on Monday.', ['NAI', 'KPA']],
    ['fr', "Le sommet s'achève vendredi.\n\nAvec AFP\n", ['AFP']],
    ['es', 'MADRID, 4 jun (EFE).- El presidente viajó a Lima.', ['EFE']],
    ['es', 'Los cancilleres firmaron el acuerdo.\n\nCon información de Diario del Valle\n', ['Diario del Valle']],
    ['fr', 'Le contrat a été confié au consortium franco-belge Solvex, selon le ministère.', ['Solvex']],
    ['es', 'La noticia fue publicada por el diario Tiempo Austral, que citó fuentes oficiales.', ['Tiempo Austral']],
    ['fr', 'Le voyage a été reporté, selon Lettre du Continent.', ['Lettre du Continent']],
    ['en', 'The talks ended late.\n\nDiscover more from Coastline Herald\n', ['Coastline Herald']],
    ['en', 'Photo: Harbour Wire / Jane Okafor', ['Harbour Wire']],
    ['es', 'El acuerdo fue difundido por Noticiasdelsur.com el lunes.', ['Noticiasdelsur.com']],
  ])('credit %s: %s', (lang, text, names) => {
    expect(propose(text, lang).map((o) => o.name)).toEqual(names);
  });

  it.each([
    // Generic references are no organisations
    ['fr', 'Le ministère a indiqué que le gouvernement examinerait la demande.'],
    ['fr', "Le Conseil des ministres s'est réuni mercredi."],
    ['fr', 'Cette Commission a été créée en 2019.'],
    ['fr', 'Le ministère de la Santé a publié un communiqué.'],
    ['en', 'The Foreign Ministry said talks would resume.'],
    ['en', 'Ministry officials declined to comment.'],
    ['en', 'Party leaders and Council members met on Monday.'],
    ['en', 'The Council of Ministers approved the budget, and the Joint Commission met later.'],
    ['en', 'A Department Spokesperson declined to comment.'],
    ['es', 'El Gobierno y el Ministerio analizaron la propuesta.'],
    ['es', 'El ministro defendió las partidas de su Departamento ante la cámara.'],
    ['es', 'La Secretaria de Relaciones Exteriores, Ana Ruiz, llegó a la capital.'],
    // Places, venues, events, labels and plans are no organisations either
    ['en', 'The leaders met at Parliament House and later toured the Union Buildings.'],
    ['en', 'Both sides back the Belt and Road Initiative (BRI) and a Free Trade Agreement (FTA).'],
    ['es', 'Ambos elevaron la relación a "Asociación Estratégica" en la cumbre.'],
    ['es', 'Ambos gobiernos firmaron la Asociación Estratégica Integral entre sus dos países.'],
    ['es', 'Los dos presidentes hablaron de la Unión Aduanera entre sus países.'],
    ['es', 'El canciller expuso la posición de la Administración Trump.'],
    ['fr', 'Il a été reçu par le président de la Fédération de Russie.'],
    ['en', 'The two sides signed the agreement at the Party Congress hall.'],
    // A headline's capitals say nothing
    ['en', 'Foreign Minister Holds Talks With Counterpart At National Assembly Meeting\nThe two ministers met in the capital.'],
  ])('no organisation: %s: %s', (lang, text) => {
    expect(propose(text, lang).map((o) => o.name)).toEqual([]);
  });

  it.each([
    // A person named where a source would be is a person
    ['en', 'Speaking to reporters, the minister said the visit was useful, according to Samir Haddad.', ['Samir Haddad']],
    ['fr', 'La visite sera reportée, selon Amadou Keita.', ['Amadou Keita']],
    ['es', 'El acuerdo se firmará pronto, según Lucía Fernández.', ['Lucía Fernández']],
    // A sentence-initial capital before a byline-like cue
    ['en', 'By Ruth Mensah\n', ['Ruth Mensah']],
  ])('person, not source: %s: %s', (lang, text, persons) => {
    expect(propose(text, lang, persons)).toEqual([]);
  });

  it('links a parenthesised acronym to its name and to its later bare uses', () => {
    const found = propose('On Friday the Eastern Rivers Basin Authority (ERBA) warned of floods. ERBA said levels were rising.', 'en');
    expect(found.map((o) => [o.name, o.acronym, o.rule])).toEqual([
      ['Eastern Rivers Basin Authority', 'ERBA', 'head:office'],
      ['ERBA', 'ERBA', 'acronym:mention'],
    ]);
  });

  it.each([
    ['fr', 'Le Conseil national pour la sauvegarde de la patrie (CNSP) a publié un communiqué.', 'Conseil national pour la sauvegarde de la patrie', 'CNSP'],
    ['fr', "Selon l'Agence nationale de la météorologie (ANM), les pluies vont continuer.", 'Agence nationale de la météorologie', 'ANM'],
    ['es', 'La Agencia Mexicana de Cooperación Internacional para el Desarrollo (AMEXCID) financia el programa.', 'Agencia Mexicana de Cooperación Internacional para el Desarrollo', 'AMEXCID'],
    ['es', 'El Partido Socialista (PS) ganó las elecciones.', 'Partido Socialista', 'PS'],
  ])('acronym %s: %s', (lang, text, name, acronym) => {
    expect(propose(text, lang).map((o) => [o.name, o.acronym])).toEqual([[name, acronym]]);
  });

  it('gives a lexicon acronym the full form written before it', () => {
    const found = propose('She met the head of the Organisation of American States (OAS) in Washington.', 'en');
    expect(found.map((o) => [o.name, o.id, o.acronym])).toEqual([['Organisation of American States', 'oas', 'OAS']]);
  });

  it.each([
    ['en', 'The Russian Foreign Ministry said talks would resume.', 'RU'],
    ['es', 'El Ministerio de Relaciones Exteriores de Chile emitió un comunicado.', 'CL'],
    ['fr', 'Il a rencontré les dirigeants du Parti communiste chinois à Pékin.', 'CN'],
    ['en', 'Global Affairs Canada issued a travel advisory.', 'CA'],
    ['fr', "Selon l'Auswärtiges Amt, la rencontre a eu lieu à Berlin.", 'DE'],
    ['en', 'DIRCO said the minister would travel on Sunday.', 'ZA'],
    ['en', 'Deakin University opened a campus.', null],
  ])('country of %s: %s', (lang, text, country) => {
    expect(propose(text, lang)[0]!.country).toBe(country);
  });

  it('skips share-button menus but keeps platforms named in prose', () => {
    const text = 'Compartir\nTwitter\nFacebook\n\nEl canciller escribió en su cuenta de Twitter que la reunión fue útil.';
    expect(propose(text, 'es').map((o) => [o.name, o.id])).toEqual([['Twitter', 'twitter']]);
  });

  it.each([
    ['fr', 'Le ministre a salué sur X « une rencontre utile » avec son homologue.', ['X']],
    ['es', 'La canciller difundió un mensaje de apoyo en la red social X.', ['X']],
    // A lone capital X elsewhere is a letter or a numeral
    ['es', 'La X Cumbre de Ministros se celebró en Quito, según el anexo X del acta.', []],
    ['fr', 'Les médecins en X-ray et la génération X ont été interrogés.', []],
  ])('the platform X only where one posts %s: %s', (lang, text, names) => {
    expect(propose(text, lang).map((o) => o.name)).toEqual(names);
  });

  it.each([
    ['fr', 'Le président à son arrivée à Dakar. © Claire Dumont/AFP', ['AFP']],
    ['es', 'El canciller, en Lima. Foto: Luis Prado/EFE', ['EFE']],
    // A path in an address is no credit
    ['en', 'Read the archive at https://www.example.org/Reuters for details.', []],
  ])('a seed after a photographer and a slash %s: %s', (lang, text, names) => {
    expect(propose(text, lang, ['Claire Dumont', 'Luis Prado'].filter((p) => text.includes(p))).map((o) => o.name)).toEqual(names);
  });

  it.each([
    ['en', 'The two presidents met in Bishkek on Monday, Kabar reported.', 'kabar'],
    ['fr', "Selon l'Agence tchadienne de presse, le ministre a reçu l'envoyé jeudi.", 'atp-chad'],
    ['es', 'La Agencia Guatemalteca de Noticias informó de la reunión el martes.', 'agn-guatemala'],
  ])('a national news agency by its name %s: %s', (lang, text, id) => {
    expect(propose(text, lang).map((o) => o.id)).toContain(id);
  });

  it.each([
    ['en', 'Harbourtown, KNW – The president received the envoy on Monday.', ['KNW']],
    ['en', 'Port Amber, May 4, KNW- The minister arrived for talks.', ['KNW']],
    ['fr', "KNW - Le ministre a reçu l'ambassadeur mardi.", ['KNW']],
    ['en', 'The two ministers discussed trade. — KNW\n', ['KNW']],
    ['en', 'By Ruth Mensah, KNW\n\nThe talks ended late.', ['KNW']],
    ['fr', "KNW/Harbourtown\n\nLe ministre a reçu l'ambassadeur.", ['KNW']],
    // A dateline's state, a month or a sentence in capitals is no agency
    ['en', 'Accra, Ghana – The president received the envoy.', []],
    ['en', 'Lagos, June 3 – The minister arrived.', []],
    ['es', 'MADRID, 4 jun - El ministro llegó a Lima.', []],
  ])('agency credits in capitals beside a dash, a comma or a slash %s: %s', (lang, text, names) => {
    expect(propose(text, lang, ['Ruth Mensah'].filter((p) => text.includes(p))).map((o) => o.name)).toEqual(names);
  });

  it.each([
    ['es', 'Los dos cancilleres firmaron el acta. Fotografía: Canal Austral/AB', ['Canal Austral']],
    ['es', 'Los dos cancilleres firmaron el acta. MR/Diario del Valle\n', ['Diario del Valle']],
    ['fr', 'Les deux ministres ont signé. 228actu.com Le texte entre en vigueur.', ['228actu.com']],
    ['en', 'By Ruth Mensah, of harbourwire.co.nz and republished with permission', ['harbourwire.co.nz']],
    // A credit word alone is no outlet
    ['en', 'The captains shook hands. Photo: Screengrab / Harbour Wire', []],
  ])('outlets in credits and site names %s: %s', (lang, text, names) => {
    expect(propose(text, lang, ['Ruth Mensah'].filter((p) => text.includes(p))).map((o) => o.name)).toEqual(names);
  });

  it('gives offsets into the text', () => {
    const text = 'Selon le quotidien Le Matin du Sud, l’Assemblée nationale a voté.';
    for (const o of propose(text, 'fr')) expect(text.slice(o.start, o.end)).toBe(o.name);
  });
});
