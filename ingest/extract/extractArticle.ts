import type { Article, CountryCode } from '../../src/domain/article.js';
import type { ExtractedEvent, ExtractedPerson, Extraction, ExtractionWarning, TopicRef } from '../../src/domain/extraction.js';
import { sha256 } from '../../src/domain/ids.js';
import { EXTRACTOR_VERSION } from '../extractorVersion.js';
import type { CityEntry } from '../lexicons/loadGazetteer.js';
import type { Lexicons } from '../lexicons/loadLexicons.js';
import { outletState } from '../lexicons/outletState.js';
import { lexiconsFor } from '../rules/bmpRules.js';
import type { Rules } from '../rules/loadRules.js';
import { articleCountries } from './articleCountries.js';
import { articleLanguage } from './articleLanguage.js';
import { articleOrganizations } from './articleOrganizations.js';
import { articlePlaces } from './articlePlaces.js';
import { createArticleText } from './articleText.js';
import { articleTopics } from './articleTopics.js';
import { capitalsOf } from './capitals.js';
import { createTagger } from './createTagger.js';
import type { EventContext } from './events/eventDoc.js';
import { findEvents } from './events/findEvents.js';
import { findMentions, type Mention } from './findMentions.js';
import { findOrganizationsByPattern } from './findOrganizationsByPattern.js';
import { outsidePortfolios } from './outsidePortfolios.js';
import { findPersons } from './findPersons.js';
import { actorLookup } from './persons/knownActors.js';
import type { FoundPerson } from './persons/personDoc.js';
import { pageDateEnd, readDateline } from './readDateline.js';
import { findDates } from './resolveDate.js';
import { settleDemonyms } from './settleDemonyms.js';
import { splitSentences } from './splitSentences.js';
import { discussedTopics, topicsInSpan } from './topicsInSpan.js';

/** A state's mention as a mention of its capital in `capitals`, or null. */
function asCityMention(m: Mention, capitals: ReadonlyMap<CountryCode, CityEntry>): Mention | null {
  const city = m.country ? capitals.get(m.country) : undefined;
  return city ? { ...m, kind: 'city', id: city.id } : null;
}

/**
 * The persons as the contract lists them. An official the event finder placed by the venue
 * ("reçue à Alger par son homologue X, ministre des Affaires étrangères") serves that country in
 * the person list too.
 */
function listedPersons(found: readonly FoundPerson[], events: readonly ExtractedEvent[]): ExtractedPerson[] {
  const placedBy = new Map<string, string>();
  for (const e of events) for (const p of e.participants) if (p.country && !placedBy.has(p.personId)) placedBy.set(p.personId, p.country);
  return found.map((p) => ({
    id: p.id,
    name: p.name,
    aliases: p.aliases,
    role: p.role,
    roleOriginal: p.roleOriginal,
    country: p.country ?? (p.organization ? null : (placedBy.get(p.id) ?? null)),
    organization: p.organization,
    mentions: p.mentions.length,
    evidence: p.evidence,
  }));
}

/** Characters at the start of an undated article where its own full date is looked for. */
const LEAD_DATE_REACH = 600;

/**
 * The first full date (day, month and year) the lead of an undated article gives ("le 4 juin
 * 2024"): the year the article's other days and months belong to ("demain 5 juin"), as a reader
 * takes it. Null when the lead gives none: then days and months stay without a year.
 */
function leadDate(text: string, language: string | null, rules: Rules): string | null {
  return findDates(text.slice(0, LEAD_DATE_REACH), language, null, false, rules).find((d) => d.precision === 'day')?.date ?? null;
}

/** The topic `id` as events carry it, or null when the taxonomy has none. */
function topicRef(gazetteer: Lexicons['gazetteer'], id: string | null): TopicRef | null {
  const topic = id === null ? undefined : gazetteer.topics.get(id);
  return topic ? { id: topic.id, label: topic.label } : null;
}

/**
 * Extracts every fact of one article: persons with offices, countries, organisations, places,
 * topics and diplomatic events with evidence. Pure: no I/O, no clock (dates resolve against
 * `article.published` only). Languages without trigger rules get entities and a warning.
 */
export function extractArticle(article: Article, allLexicons: Lexicons): Extraction {
  const lexicons = lexiconsFor(allLexicons, [article.text, article.title, article.url]);
  const { rules, gazetteer } = lexicons;
  const { text } = article;
  const warnings: ExtractionWarning[] = [];
  const language = articleLanguage(article.language, text, rules);
  const supported = language !== null && rules.languages.includes(language);
  if (!supported) warnings.push({ code: 'language-unsupported', message: `${article.source}: language ${language ?? 'unknown'} has no event rules; only entities were extracted` });

  const shared = createArticleText(text);
  const allMentions = settleDemonyms(findMentions(text, language, gazetteer, shared.folded));
  const sentences = splitSentences(text);
  const statesNamed = new Set(allMentions.filter((m) => (m.kind === 'country' || m.kind === 'demonym') && m.country).map((m) => m.country as string));
  const actors = actorLookup(lexicons.actors, article.published, rules.actorSeniority, statesNamed, rules.patronymics);
  const found = findPersons(text, sentences, language, allMentions, rules, createTagger(text, language, rules), actors);
  const mentions = found.placesInNames.length ? allMentions.filter((m) => !found.placesInNames.includes(m)) : allMentions;
  const places = articlePlaces(mentions, gazetteer);
  const placeNames = new Map(places.map((p) => [p.id, p.name]));
  const topicMentions = discussedTopics(text, mentions, found.titles, gazetteer, rules.nameJoiners);

  const pageDate = pageDateEnd(text, rules);
  const dateline = readDateline(text, language, article.published, lexicons, (id) => placeNames.get(id), pageDate);
  const context: EventContext = {
    text,
    pageDateEnd: pageDate,
    language,
    published: article.published ?? leadDate(text, language, rules),
    sentences,
    mentions,
    persons: found.persons,
    personMentions: found.mentions,
    dateline,
    homeState: dateline?.location?.country ?? outletState(article.url, capitalsOf(gazetteer).openingHost),
    topicsIn: (start, end) => topicsInSpan(topicMentions, start, end, gazetteer),
    topicOfTalks: topicRef(gazetteer, gazetteer.topicOfTalks),
    placeName: (m) => placeNames.get(m.id) ?? m.text,
    countryName: (code) => gazetteer.countries.get(code)?.name ?? code,
    cityLocation: (id) => {
      const city = gazetteer.cities.get(id);
      return city ? { placeId: city.id, name: city.name, country: city.country } : null;
    },
    capitalNamedAs: (m) => asCityMention(m, capitalsOf(gazetteer).namedLikeTheirState),
    capitalOf: (m) => asCityMention(m, capitalsOf(gazetteer).byState),
  };
  const events = supported ? findEvents(context, rules) : [];

  return {
    id: article.id,
    url: article.url,
    title: article.title,
    source: article.source,
    author: article.author,
    published: article.published,
    language,
    extractorVersion: EXTRACTOR_VERSION,
    contentHash: sha256(text),
    persons: listedPersons(found.persons, events),
    countries: articleCountries(text, mentions, gazetteer, language, shared.folded),
    organizations: articleOrganizations(
      outsidePortfolios(mentions, found.titles, text, rules),
      gazetteer,
      language,
      outsidePortfolios(findOrganizationsByPattern(text, language, mentions, found.mentions, rules, shared.tokens()), found.titles, text, rules),
    ),
    places,
    topics: articleTopics(topicMentions, gazetteer),
    events,
    warnings,
  };
}
