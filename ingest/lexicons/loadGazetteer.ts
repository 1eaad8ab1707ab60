import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { CountryCode, LanguageCode } from '../../src/domain/article.js';
import { projectRoot } from '../../src/config/projectRoot.js';
import { compilePatterns, type PatternSource, type TrieNode } from './compilePatterns.js';

const langs = z.array(z.string().min(2).max(3));
const countriesSchema = z.object({
  countries: z.array(z.object({
    code: z.string().length(2), iso3: z.string().length(3), name: z.string(), nameFr: z.string(), nameEs: z.string(),
    independent: z.boolean(),
    names: z.array(z.object({ text: z.string().min(1), langs })),
    demonyms: z.array(z.object({
      text: z.string().min(1), lang: z.string(), gender: z.enum(['m', 'f']).nullable(), plural: z.boolean(),
      alternatives: z.array(z.string().length(2)).optional(),
    })),
  })),
  cities: z.array(z.object({
    id: z.string().min(1), name: z.string(), country: z.string().length(2), capital: z.boolean(),
    names: z.array(z.object({ text: z.string().min(1), langs })), standsFor: z.string().nullable(),
  })),
});
const byLang = z.record(z.string(), z.array(z.string().min(1)));
const organizationsSchema = z.object({
  organizations: z.array(z.object({
    id: z.string().regex(/^[a-z0-9-]+$/), name: z.string().min(1), kind: z.string().nullable(),
    wikidata: z.string().regex(/^Q\d+$/).nullable(), names: byLang, acronyms: byLang,
    members: z.array(z.string().length(2)).nullable(),
  })),
});
const topicsSchema = z.object({
  topics: z.array(z.object({
    id: z.string().regex(/^[a-z0-9-]+$/), label: z.string().min(1), labelFr: z.string().min(1), context: z.string().nullable(),
    broader: z.string().nullable(), keywords: byLang,
  })),
  talksDefault: z.object({ topic: z.string(), reason: z.string() }).optional(),
});
const cueSet = z.record(z.string(), z.array(z.string()));
const metonymySchema = z.object({ venueBefore: cueSet, cueBefore: cueSet, cueAfter: cueSet, coordinators: cueSet });

/** Which kind of gazetteer entry a mention points to. */
export type MentionKind = 'country' | 'demonym' | 'city' | 'organization' | 'topic';

/**
 * What the matcher returns for a surface form. `langs` null: any language. `layer` 0 holds
 * entities (one per span, longest match wins), layer 1 topics, matched independently so that
 * "guerre en Ukraine" is both a topic and a mention of Ukraine.
 */
export interface MentionPayload {
  readonly kind: MentionKind;
  readonly id: string;
  readonly country: CountryCode | null;
  readonly langs: readonly LanguageCode[] | null;
  readonly layer: 0 | 1;
  readonly gender?: 'm' | 'f' | null;
  readonly plural?: boolean;
  readonly capital?: boolean;
  readonly alternatives?: readonly CountryCode[];
  readonly standsFor?: string;
  readonly acronym?: boolean;
}

/** A country as the gazetteer knows it. */
export interface CountryEntry {
  readonly code: CountryCode;
  readonly iso3: string;
  readonly name: string;
  readonly nameFr: string;
  readonly nameEs: string;
  readonly independent: boolean;
}
/** A city; `standsFor` is an organisation id when the city is used for it ("Brussels" → EU). */
export interface CityEntry {
  readonly id: string;
  readonly name: string;
  readonly country: CountryCode;
  readonly capital: boolean;
  readonly standsFor: string | null;
}
/** An international organisation; `names` and `acronyms` are by language ("*": every language). */
export interface OrganizationEntry {
  readonly id: string;
  readonly name: string;
  readonly kind: string | null;
  readonly wikidata: string | null;
  readonly names: Readonly<Record<string, readonly string[]>>;
  readonly acronyms: Readonly<Record<string, readonly string[]>>;
  readonly members: readonly CountryCode[] | null;
}
/** A topic of the taxonomy. */
export interface TopicEntry {
  readonly id: string;
  readonly label: string;
  readonly labelFr: string;
  readonly context: string | null;
  readonly broader: string | null;
}
/** Folded cue words by language (see metonymy.json). */
export interface MetonymyCues {
  readonly venueBefore: Readonly<Record<string, ReadonlySet<string>>>;
  readonly cueBefore: Readonly<Record<string, ReadonlySet<string>>>;
  readonly cueAfter: Readonly<Record<string, ReadonlySet<string>>>;
  readonly coordinators: Readonly<Record<string, ReadonlySet<string>>>;
}

/** Countries, demonyms, cities, organisations and topics, checked, frozen and compiled for matching. */
export interface Gazetteer {
  readonly countries: ReadonlyMap<CountryCode, CountryEntry>;
  readonly cities: ReadonlyMap<string, CityEntry>;
  readonly organizations: ReadonlyMap<string, OrganizationEntry>;
  readonly topics: ReadonlyMap<string, TopicEntry>;
  /** The topic of talks between states whose report names none (topics.json talksDefault), or null. */
  readonly topicOfTalks: string | null;
  readonly metonymy: MetonymyCues;
  /** The one trie every surface form is compiled into; built here, once. */
  readonly matcher: TrieNode<MentionPayload>;
}

function readJson<T>(file: string, schema: z.ZodType<T>): T {
  const path = join(projectRoot(), 'ingest', 'lexicons', file);
  const parsed = schema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`lexicon ${path} is invalid: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const cueMap = (r: Record<string, string[]>): Record<string, ReadonlySet<string>> =>
  Object.freeze(Object.fromEntries(Object.entries(r).map(([l, ws]) => [l, Object.freeze(new Set(ws.map(fold)))])));
const langList = (l: string): LanguageCode[] | null => (l === '*' ? null : [l]);
const isAcronym = (s: string): boolean => !/\s/.test(s) && s.replace(/[^\p{Lu}]/gu, '').length >= 2;

/** Loads and checks ingest/lexicons/*.json; throws on an invalid file (a bug, not bad input). */
export function loadGazetteer(): Gazetteer {
  const c = readJson('countries.json', countriesSchema);
  const o = readJson('organizations.json', organizationsSchema);
  const t = readJson('topics.json', topicsSchema);
  const m = readJson('metonymy.json', metonymySchema);

  // Order matters: at a span matched by several entries of layer 0, findMentions keeps the
  // first kind in this order (an organisation before a country before a demonym before a city).
  const sources: PatternSource<MentionPayload>[] = [];
  for (const org of o.organizations) {
    for (const [l, names] of Object.entries(org.names))
      for (const s of names) sources.push({ surface: s, payload: { kind: 'organization', id: org.id, country: null, langs: langList(l), layer: 0 } });
    for (const [l, acrs] of Object.entries(org.acronyms))
      for (const s of acrs) sources.push({ surface: s, payload: { kind: 'organization', id: org.id, country: null, langs: langList(l), layer: 0, acronym: true } });
  }
  for (const country of c.countries) {
    for (const n of country.names)
      sources.push({ surface: n.text, payload: { kind: 'country', id: country.code, country: country.code, langs: n.langs, layer: 0, acronym: isAcronym(n.text) } });
    for (const d of country.demonyms)
      sources.push({
        surface: d.text,
        payload: { kind: 'demonym', id: country.code, country: country.code, langs: [d.lang], layer: 0, gender: d.gender, plural: d.plural, ...(d.alternatives ? { alternatives: d.alternatives } : {}) },
      });
  }
  for (const city of c.cities)
    for (const n of city.names)
      sources.push({
        surface: n.text,
        payload: { kind: 'city', id: city.id, country: city.country, langs: n.langs, layer: 0, capital: city.capital, ...(city.standsFor ? { standsFor: city.standsFor } : {}) },
      });
  for (const topic of t.topics)
    for (const [l, kws] of Object.entries(topic.keywords))
      for (const s of kws) sources.push({ surface: s, payload: { kind: 'topic', id: topic.id, country: null, langs: langList(l), layer: 1 } });

  const ids = (xs: { id: string }[], what: string): void => {
    const seen = new Set<string>();
    for (const x of xs) {
      if (seen.has(x.id)) throw new Error(`lexicon: duplicate ${what} id ${x.id}`);
      seen.add(x.id);
    }
  };
  ids(c.cities, 'city');
  ids(o.organizations, 'organization');
  ids(t.topics, 'topic');

  for (const s of sources) Object.freeze(s.payload);
  const freezeMap = <V extends object>(entries: [string, V][]): ReadonlyMap<string, V> => new Map(entries.map(([k, v]) => [k, Object.freeze(v)]));
  return Object.freeze({
    countries: freezeMap(c.countries.map((x) => [x.code, { code: x.code, iso3: x.iso3, name: x.name, nameFr: x.nameFr, nameEs: x.nameEs, independent: x.independent }])),
    cities: freezeMap(c.cities.map((x) => [x.id, { id: x.id, name: x.name, country: x.country, capital: x.capital, standsFor: x.standsFor }])),
    organizations: freezeMap(o.organizations.map((x) => [x.id, x])),
    topics: freezeMap(t.topics.map((x) => [x.id, { id: x.id, label: x.label, labelFr: x.labelFr, context: x.context, broader: x.broader }])),
    topicOfTalks: t.talksDefault?.topic ?? null,
    metonymy: Object.freeze({ venueBefore: cueMap(m.venueBefore), cueBefore: cueMap(m.cueBefore), cueAfter: cueMap(m.cueAfter), coordinators: cueMap(m.coordinators) }),
    matcher: compilePatterns(sources),
  });
}
