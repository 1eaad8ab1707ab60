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
import type { Lexicons } from '../lexicons/loadLexicons.js';
import type { Rules } from '../rules/loadRules.js';
import { findEvents } from './findEvents.js';
import { findMentions, type Mention } from './findMentions.js';
import { findPersons } from './findPersons.js';
import { findDates } from './resolveDate.js';
import { splitSentences, type Sentence } from './splitSentences.js';

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

const titleCase = (s: string): string => s.toLowerCase().replace(/(^|[\s\p{Pd}'’])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());

/** Counts mentions per id, keeping the first mention of each. */
function countBy(mentions: readonly Mention[], kinds: readonly Mention['kind'][]): Map<string, { first: Mention; n: number }> {
  const out = new Map<string, { first: Mention; n: number }>();
  for (const m of mentions) {
    if (!kinds.includes(m.kind)) continue;
    const e = out.get(m.id);
    if (e) e.n++;
    else out.set(m.id, { first: m, n: 1 });
  }
  return out;
}

/**
 * Extracts every fact of one article: persons with offices, countries, organisations, places,
 * topics and diplomatic events with evidence. Pure: no I/O, no clock (dates resolve against
 * `article.published` only). Languages without trigger rules get entities and a warning.
 */
export function extractArticle(article: Article, lexicons: Lexicons): Extraction {
  const { rules, gazetteer } = lexicons;
  const warnings: ExtractionWarning[] = [];
  const text = article.text;
  const language = article.language ?? detectLanguage(text) ?? guessLanguage(text, rules);
  const supported = language !== null && rules.languages.includes(language);
  if (!supported) {
    warnings.push({ code: 'language-unsupported', message: `${article.source}: language ${language ?? 'unknown'} has no event rules; only entities were extracted` });
  }

  const mentions = findMentions(text, language, gazetteer);
  const sentences = splitSentences(text);

  // Compromise is slow (~0.3 MB/s): it only sees English sentences holding a name candidate
  // that no honorific, office or given name anchors, and each at most once.
  const tagged = new Map<number, string[]>();
  const tagPeople = (s: Sentence): readonly string[] => {
    if (language !== 'en') return [];
    let out = tagged.get(s.start);
    if (!out) {
      out = nlp(text.slice(s.start, s.end)).people().out('array') as string[];
      tagged.set(s.start, out);
    }
    return out;
  };
  const found = findPersons(text, sentences, language, mentions, rules, tagPeople);

  // Dateline: "NIAMEY, 18 février 2025 –" gives a default place and date for the lead event.
  let dateline: { end: number; location: EventLocation | null; date: ReturnType<typeof findDates>[number] | null } | null = null;
  const dl = rules.dateline.exec(text.slice(0, 120));
  if (dl) {
    const placeText = titleCase((dl[1] ?? '').trim());
    const city = findMentions(placeText, language, gazetteer).find((m) => m.kind === 'city' && m.country);
    const date = findDates(dl[0], language, article.published, false)[0] ?? null;
    dateline = { end: dl[0].length, location: city ? { placeId: city.id, name: city.text, country: city.country } : null, date };
  }

  const topicsIn = (start: number, end: number): TopicRef[] => {
    const seen = new Map<string, TopicRef>();
    for (const m of mentions) if (m.kind === 'topic' && m.start >= start && m.end <= end && !seen.has(m.id)) seen.set(m.id, { id: m.id, label: m.id });
    return [...seen.values()];
  };

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
          placeName: (m) => m.text,
        },
        rules,
      )
    : [];

  const persons: ExtractedPerson[] = found.persons.map((p) => ({
    id: p.id,
    name: p.name,
    aliases: p.aliases,
    role: p.role,
    roleOriginal: p.roleOriginal,
    country: p.country,
    organization: p.organization,
    mentions: p.mentions.length,
    evidence: p.evidence,
  }));
  // Article-level entities: counted from the gazetteer's mentions.
  const countries: ExtractedCountry[] = [...countBy(mentions, ['country', 'demonym'])].map(([code, e]) => ({ code: e.first.country ?? code, name: e.first.text, mentions: e.n }));
  const organizations: ExtractedOrganization[] = [...countBy(mentions, ['organization'])].map(([id, e]) => ({ id, name: e.first.text, acronym: null, wikidata: null, kind: null, mentions: e.n }));
  const places: ExtractedPlace[] = [...countBy(mentions, ['city'])].filter(([, e]) => e.first.country).map(([id, e]) => ({ id, name: e.first.text, country: e.first.country as string, mentions: e.n }));
  const topics: ExtractedTopic[] = [...countBy(mentions, ['topic'])].map(([id, e]) => ({ id, label: id, mentions: e.n }));

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
