import nlp from 'compromise';
import type { Article } from '../../src/domain/article.js';
import type {
  EventLocation,
  ExtractedCountry,
  ExtractedOrganization,
  ExtractedPerson,
  ExtractedPlace,
  ExtractedTopic,
  Extraction,
  ExtractionWarning,
  TopicRef,
} from '../../src/domain/extraction.js';
import { sha256 } from '../../src/domain/ids.js';
import { EXTRACTOR_VERSION } from '../extractorVersion.js';
import { detectLanguage } from '../language/detectLanguage.js';
import { foldText } from '../lexicons/foldText.js';
import type { CityEntry, Gazetteer } from '../lexicons/loadGazetteer.js';
import type { Lexicons } from '../lexicons/loadLexicons.js';
import type { Rules } from '../rules/loadRules.js';
import { articleCountries } from './articleCountries.js';
import { articleOrganizations } from './articleOrganizations.js';
import { articlePlaces } from './articlePlaces.js';
import { articleTopics } from './articleTopics.js';
import { findEvents } from './events/findEvents.js';
import { findMentions } from './findMentions.js';
import { findOrganizationsByPattern } from './findOrganizationsByPattern.js';
import { findPersons } from './findPersons.js';
import { findDates } from './resolveDate.js';
import { splitSentences, type Sentence } from './splitSentences.js';
import { topicsInSpan } from './topicsInSpan.js';

/** Bound on compromise calls per article: each costs about a millisecond. */
const MAX_TAGGER_CALLS = 2;
/** A tagger window is worth its cost only this close (chars) to an event trigger. */
const TAGGER_TRIGGER_REACH = 80;

/** Guesses fr/en/es by which language's triggers and offices fire most, when detection fails. */
function guessLanguage(text: string, rules: Rules): string | null {
  let best: string | null = null;
  let bestCount = 0;
  for (const lang of rules.languages) {
    const t = rules.triggerMatchers[lang];
    const o = rules.officeMatchers[lang];
    const n = (t ? (text.match(t.regex) ?? []).length : 0) + (o ? (text.match(o.regex) ?? []).length : 0);
    if (n > bestCount) { best = lang; bestCount = n; }
  }
  return best;
}

const capitalsCache = new WeakMap<Gazetteer, Map<string, CityEntry>>();

/** Capitals by "COUNTRY folded-name", for the capitals whose name is also their country's. */
function capitalsNamedLikeTheirCountry(gazetteer: Gazetteer): Map<string, CityEntry> {
  let out = capitalsCache.get(gazetteer);
  if (!out) {
    out = new Map();
    for (const city of gazetteer.cities.values()) if (city.capital) out.set(`${city.country} ${foldText(city.name)}`, city);
    capitalsCache.set(gazetteer, out);
  }
  return out;
}

/** Characters the language detector reads: trigram statistics of running text settle well before. */
const LANGUAGE_SAMPLE_CHARS = 1500;

/** The first LANGUAGE_SAMPLE_CHARS of a text, cut at a space so that no word is split. */
function languageSample(text: string): string {
  if (text.length <= LANGUAGE_SAMPLE_CHARS) return text;
  const cut = text.lastIndexOf(' ', LANGUAGE_SAMPLE_CHARS);
  return text.slice(0, cut > LANGUAGE_SAMPLE_CHARS / 2 ? cut : LANGUAGE_SAMPLE_CHARS);
}

const titleCase = (s: string): string => s.toLowerCase().replace(/(^|[\s\p{Pd}'’])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());

/**
 * Extracts every fact of one article: persons with offices, countries, organisations, places,
 * topics and diplomatic events with evidence. Pure: no I/O, no clock (dates resolve against
 * `article.published` only). Languages without trigger rules get entities and a warning.
 */
export function extractArticle(article: Article, lexicons: Lexicons): Extraction {
  const { rules, gazetteer } = lexicons;
  const warnings: ExtractionWarning[] = [];
  const text = article.text;
  const language = article.language ?? detectLanguage(languageSample(text)) ?? guessLanguage(text, rules);
  const supported = language !== null && rules.languages.includes(language);
  if (!supported) {
    warnings.push({ code: 'language-unsupported', message: `${article.source}: language ${language ?? 'unknown'} has no event rules; only entities were extracted` });
  }

  const mentions = findMentions(text, language, gazetteer);
  const sentences = splitSentences(text);

  // Compromise is slow (~0.3 MB/s): it only sees English windows around a name candidate that
  // no honorific, office or given name anchors, and each at most once.
  // Only names near an event trigger can become participants: elsewhere the tagger's cost buys
  // little (anchored names are found without it).
  let triggerAt: number[] | null = null;
  const triggerOffsets = (): number[] => {
    if (triggerAt) return triggerAt;
    triggerAt = [];
    const mp = language ? rules.triggerMatchers[language] : undefined;
    if (mp) {
      mp.regex.lastIndex = 0;
      for (let m = mp.regex.exec(text); m; m = mp.regex.exec(text)) {
        triggerAt.push(m.index);
        if (m[0].length === 0) mp.regex.lastIndex++;
      }
    }
    return triggerAt;
  };
  const nearTrigger = (s: Sentence): boolean => triggerOffsets().some((t) => t >= s.start - TAGGER_TRIGGER_REACH && t <= s.end + TAGGER_TRIGGER_REACH);
  const tagged = new Map<number, string[]>();
  const tagPeople = (s: Sentence): readonly string[] => {
    // compromise's tagger models English only; other languages rely on the anchored patterns.
    if (language !== 'en') return [];
    let out = tagged.get(s.start);
    if (!out && !nearTrigger(s)) return [];
    if (!out && tagged.size >= MAX_TAGGER_CALLS) return [];
    if (!out) {
      out = nlp(text.slice(s.start, s.end)).people().out('array') as string[];
      tagged.set(s.start, out);
    }
    return out;
  };
  const found = findPersons(text, sentences, language, mentions, rules, tagPeople);

  const places: ExtractedPlace[] = articlePlaces(mentions, gazetteer);
  const placeNames = new Map(places.map((p) => [p.id, p.name]));
  // Topic keywords inside an office title ("Minister of Foreign and Diaspora Affairs") are not topics.
  const topicMentions = mentions.filter((m) => m.kind !== 'topic' || !found.titles.some((t) => m.start < t.end && t.start < m.end));
  const topicsIn = (start: number, end: number): TopicRef[] => topicsInSpan(topicMentions, start, end, gazetteer);

  // Dateline: "NIAMEY, 18 février 2025 –" gives a default place and date for the lead event.
  let dateline: { end: number; location: EventLocation | null; date: ReturnType<typeof findDates>[number] | null } | null = null;
  const dl = rules.dateline.exec(text.slice(0, 120));
  if (dl) {
    const placeText = titleCase((dl[1] ?? '').trim());
    const city = findMentions(placeText, language, gazetteer).find((m) => m.kind === 'city' && m.country);
    const date = rules.dateHint.test(dl[0]) ? (findDates(dl[0], language, article.published, false)[0] ?? null) : null;
    // A town the gazetteer does not hold is still placed when the dateline names its state
    // ("VILLERS-COTTERÊTS (France) –", "UYO, Nigeria –").
    const state = city ? null : findMentions(dl[0].slice((dl[1] ?? '').length), language, gazetteer).find((m) => m.kind === 'country' && m.country);
    const location: EventLocation | null = city
      ? { placeId: city.id, name: placeNames.get(city.id) ?? city.text, country: city.country }
      : state?.country && placeText ? { placeId: null, name: placeText, country: state.country } : null;
    dateline = { end: dl[0].length, location, date };
  }

  const events = supported
    ? findEvents(
        {
          text,
          language,
          published: article.published,
          sentences,
          mentions,
          persons: found.persons,
          personMentions: found.mentions,
          dateline,
          topicsIn,
          placeName: (m) => placeNames.get(m.id) ?? m.text,
          capitalNamedAs: (m) => {
            const city = capitalsNamedLikeTheirCountry(gazetteer).get(`${m.country ?? ''} ${foldText(m.text)}`);
            return city ? { ...m, kind: 'city', id: city.id } : null;
          },
        },
        rules,
      )
    : [];

  // An official the event finder placed by the venue ("reçue à Alger par son homologue X,
  // ministre des Affaires étrangères") serves that country in the person list too.
  const placedBy = new Map<string, string>();
  for (const e of events) for (const p of e.participants) if (p.country && !placedBy.has(p.personId)) placedBy.set(p.personId, p.country);
  const persons: ExtractedPerson[] = found.persons.map((p) => ({
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
  const countries: ExtractedCountry[] = articleCountries(text, mentions, gazetteer, language);
  const organizations: ExtractedOrganization[] = articleOrganizations(mentions, gazetteer, language, findOrganizationsByPattern(text, language, mentions, found.mentions, rules));
  const topics: ExtractedTopic[] = articleTopics(topicMentions, gazetteer);

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
    persons,
    countries,
    organizations,
    places,
    topics,
    events,
    warnings,
  };
}
