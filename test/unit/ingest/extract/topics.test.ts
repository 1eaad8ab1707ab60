import { beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../ingest/extract/extractArticle.js';
import { loadLexicons, type Lexicons } from '../../../../ingest/lexicons/loadLexicons.js';
import type { Article } from '../../../../src/domain/article.js';

// The topic taxonomy (ingest/lexicons/topics.json) on sentences written for this test: the
// subjects analysts list for diplomatic talks, in the three languages, and keywords that must not
// pull in a neighbouring topic.

let lex: Lexicons;
beforeAll(() => {
  lex = loadLexicons();
});

/** The labels of the article's topics. */
function labels(text: string, language: string): string[] {
  const article: Article = { id: 't', url: null, title: null, published: '2025-03-10', language, author: null, source: 't', text };
  return extractArticle(article, lex).topics.map((t) => t.label);
}

describe('topics of the taxonomy', () => {
  it.each([
    ['en', 'The two ministers reaffirmed their attachment to multilateralism and to a multipolar world.', ['multilateralism', 'world order'], []],
    ['fr', 'Ils ont plaidé pour la coopération multilatérale et un ordre international plus juste.', ['multilateralism', 'world order'], []],
    ['en', 'They discussed democracy, the rule of law and the fight against impunity.', ['democracy', 'rule of law'], ['governance']],
    ['es', 'Conversaron sobre la democracia y el Estado de derecho en la región.', ['democracy', 'rule of law'], ['governance']],
    ['fr', 'Les deux parties ont évoqué la cybersécurité et l’intelligence artificielle.', ['cybersecurity', 'artificial intelligence'], ['digital infrastructure']],
    ['en', 'Both sides agreed to work together on technology.', ['science and technology'], ['digital infrastructure']],
    ['es', 'Abordaron la conectividad entre ambos países y la situación de los refugiados.', ['connectivity', 'refugees'], ['transport infrastructure', 'migration']],
    ['en', 'The leaders pledged to protect the environment and biodiversity.', ['environment'], ['climate']],
    ['en', 'The minister promised to improve the business environment for foreign firms.', ['investment'], ['environment']],
    ['fr', 'Le ministre a souligné l’importance de la stabilité dans l’Indo-Pacifique.', ['stability', 'indo-pacific'], ['security', 'maritime security']],
    ['en', 'The talks focused on economic cooperation.', ['economic cooperation'], ['economy']],
    ['en', 'The two foreign ministers reviewed developments in the region and the challenges ahead.', ['regional issues'], []],
    ['fr', 'Les deux ministres ont passé en revue les défis régionaux.', ['regional issues'], []],
    ['en', 'The two leaders agreed to deepen their political cooperation.', ['political dialogue'], []],
    ['es', 'Los presidentes destacaron la confianza política entre ambos gobiernos.', ['political dialogue'], []],
    ['es', 'Los cancilleres analizaron los acontecimientos regionales más recientes.', ['regional issues'], []],
    ['en', 'They called for more people-to-people exchanges.', ['people-to-people exchanges'], ['culture']],
    ['en', 'The president received the outgoing ambassador, who paid him a farewell call at the end of his mission.', ['farewell visit'], []],
    ['es', 'El canciller asistió al funeral de Estado del antiguo primer ministro.', ['funeral'], []],
    ['fr', 'L’envoyé était porteur d’un message écrit du président à son homologue.', ['message from the head of state'], []],
    ['en', 'The prime minister extended an invitation to visit the capital next year.', ['invitation to visit'], []],
    ['es', 'Ambos cancilleres revisaron los preparativos de la cumbre regional.', ['summit preparations'], []],
    ['en', 'The minister said the next summit would be held in the autumn.', [], ['summit preparations']],
    ['en', 'The visitor reaffirmed his support for the one-China principle.', ['one-china principle'], []],
    ['fr', 'Les deux pays célèbrent le trentième anniversaire de leurs relations diplomatiques.', ['diplomatic relations'], []],
    ['en', 'Both are large democracies of the Global South.', [], ['world order', 'democracy']],
    ['fr', 'Ils ont évoqué la situation en Somalie.', ['somalia'], ['horn of africa']],
    ['en', 'The ministers called for the release of all hostages.', ['hostages'], []],
    ['en', 'Shipments of wheat and fertiliser were discussed.', [], ['agriculture']],
    ['es', 'Conversaron sobre la recuperación económica tras la crisis.', ['economic recovery'], ['reconstruction', 'economy']],
    ['es', 'Sin embargo, los dos cancilleres no firmaron ningún acuerdo.', [], ['sanctions']],
    ['es', 'Pidieron el fin del embargo comercial.', ['sanctions'], []],
    ['fr', 'Le communiqué final sanctionnant les travaux appelle à renforcer la coopération.', [], ['sanctions']],
    ['fr', 'Ils ont évoqué la levée des sanctions.', ['sanctions'], []],
    ['fr', 'Les deux ministres ont préparé la prochaine session de la commission mixte.', ['joint commission'], []],
    ['en', 'They reviewed the work of the Joint Permanent Commission.', ['joint commission'], []],
    ['en', 'They discussed peace and security in the region.', ['security'], ['peace process']],
    ['en', 'They discussed the peace negotiations.', ['peace process'], []],
    ['fr', 'Élu au premier tour de la présidentielle, le président a reçu son homologue.', [], ['elections']],
    ['en', 'They discussed the elections due in the autumn.', ['elections'], []],
    ['en', 'The two leaders vowed to stand together in defence of democratic values.', [], ['defence cooperation']],
    ['es', 'El presidente recibió a su huésped con honores militares en el palacio.', [], ['defence cooperation']],
    ['fr', 'Les deux ministres ont signé un accord de défense et évoqué la formation militaire.', ['defence cooperation'], []],
    ['en', 'They agreed to expand defence ties and joint exercises.', ['defence cooperation'], []],
    ['es', 'Hablaron del envío de sistemas de defensa aérea antes del invierno.', ['defence cooperation'], []],
    ['en', 'The minister was welcomed at the airport by his counterpart.', [], ['transport infrastructure']],
    ['es', 'Pidieron abrir un corredor humanitario hacia la ciudad sitiada.', [], ['transport infrastructure']],
    ['es', 'Ambos gobiernos impulsarán el corredor bioceánico.', ['transport infrastructure'], []],
  ])('%s: %s', (language, text, want, not) => {
    const got = labels(text, language);
    expect(got).toEqual(expect.arrayContaining(want));
    for (const l of not) expect(got).not.toContain(l);
  });
});

/** The labels of each event's topics, by event type. */
function eventTopics(text: string, language: string): Record<string, string[]> {
  const article: Article = { id: 't', url: null, title: null, published: '2025-03-10', language, author: null, source: 't', text };
  return Object.fromEntries(extractArticle(article, lex).events.map((e) => [e.type, e.topics.map((t) => t.label)]));
}

describe('topics of each event', () => {
  it.each([
    ['fr', 'Le ministre sénégalais des Affaires étrangères, Yassine Fall, a reçu lundi à Dakar son homologue malien Abdoulaye Diop.', ['bilateral cooperation']],
    ['en', 'The Foreign Minister of Ghana, Samuel Ablakwa, met his Kenyan counterpart Musalia Mudavadi in Nairobi on Monday to discuss trade.', ['trade']],
    ['en', 'Kenyan Foreign Minister Musalia Mudavadi met UN Secretary-General António Guterres in New York on Monday.', []],
  ])('%s: talks between states with no subject named are about their relations: %s', (language, text, want) => {
    expect(eventTopics(text, language)['meeting']).toEqual(want);
  });
});
