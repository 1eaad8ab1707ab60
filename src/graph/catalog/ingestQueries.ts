import type { Integer } from 'neo4j-driver';
import { readQuery, writeQuery } from '../querySpec.js';

export interface ArticleRow {
  id: string;
  url: string | null;
  title: string | null;
  source: string;
  author: string | null;
  /** YYYY-MM-DD or null. */
  published: string | null;
  language: string | null;
  text: string;
  contentHash: string;
  extractorVersion: string;
  warnings: string[];
}

export interface PersonRow {
  id: string;
  name: string;
  /** Every form of the name seen in this batch. */
  names: string[];
  surnameKey: string;
  country: string | null;
}

export interface PersonCandidate {
  id: string;
  name: string;
  aliases: string[];
  country: string | null;
  surnameKey: string;
}

export interface OrganizationRow {
  id: string;
  name: string;
  acronym: string | null;
  aliases: string[];
  kind: string | null;
  wikidata: string | null;
  members: string[];
}

export interface PlaceRow {
  id: string;
  name: string;
  country: string;
}

export interface TopicRow {
  id: string;
  label: string;
  labelFr: string | null;
  context: string | null;
  broader: string | null;
}

export interface OfficeRow {
  personId: string;
  title: string;
  titleOriginal: string | null;
  country: string | null;
  organization: string | null;
  /** Date the office was seen held (the article's publication date), YYYY-MM-DD or null. */
  seen: string | null;
  articleId: string;
}

/** One HOLDS_OFFICE edge's sightings in a batch (ingest/writer/officeEdges.ts folds them). */
export interface OfficeEdgeRow {
  personId: string;
  title: string;
  titleOriginal: string | null;
  country: string | null;
  organization: string | null;
  /** Earliest and latest publication dates the office was seen held, YYYY-MM-DD or null. */
  firstSeen: string | null;
  lastSeen: string | null;
  /** The articles showing it, in batch order, without repeats. */
  articleIds: string[];
}

export interface MentionRow {
  articleId: string;
  /** The entity's key: person, organisation, place or topic id, or a country code. */
  id: string;
  count: number;
}

/** Mentions of one batch, one list per kind of entity. */
export interface MentionRows {
  persons: MentionRow[];
  countries: MentionRow[];
  organizations: MentionRow[];
  places: MentionRow[];
  topics: MentionRow[];
}

/** One article's mentions, by kind of entity (mentions.upsert). */
export interface ArticleMentionsRow {
  articleId: string;
  persons: { id: string; count: number }[];
  countries: { id: string; count: number }[];
  organizations: { id: string; count: number }[];
  places: { id: string; count: number }[];
  topics: { id: string; count: number }[];
}

export interface EventRow {
  id: string;
  mergeKey: string;
  /** Type and countries ("meeting|c:ML,RU"): where reports naming different people meet. */
  countryKey: string;
  type: string;
  status: string;
  date: string | null;
  datePrecision: string | null;
  /** YYYY-MM-DD when the year is known, else null. */
  sortDate: string | null;
  title: string | null;
  confidence: number;
  plover: string;
  ploverMode: string | null;
  cameo: string;
  setting: string | null;
  articleId: string;
  quote: string;
  start: number;
  end: number;
  rule: string;
  countries: { code: string; side: string }[];
  participants: { personId: string; role: string | null; side: string; country: string | null }[];
  topics: string[];
  placeId: string | null;
  pairs: { id: string; a: string; b: string }[];
}

/** The events of one merge or country key that events.candidates reads: near these dates, or all (`scan`). */
export interface CandidateProbe {
  key: string;
  /** Stored dates to seek exactly. */
  days: string[];
  /** Stored dates to seek by prefix (a month, a year). */
  prefixes: string[];
  scan: boolean;
}

export interface EventCandidate {
  id: string;
  mergeKey: string;
  /** Null on an event written before countries keys were stored and not migrated yet. */
  countryKey: string | null;
  date: string | null;
  datePrecision: string | null;
  /** Every person who took part, by any report. */
  personIds: string[];
}

/** One DURING link a report states: the event took place during the visit. */
export interface DuringRow {
  eventId: string;
  visitId: string;
  articleId: string;
}

/** What an upsert of nodes shown in events' details wrote: the ids whose shown properties changed. */
export interface Upserted {
  written: number;
  changed: string[];
}

/** Whose events' stored details a write made stale (events.stale-details). */
export interface StaleDetailsParams {
  eventIds: string[];
  personIds: string[];
  placeIds: string[];
  topicIds: string[];
}

/** Queries of the ingest writer. */
export const INGEST_QUERIES = {
  'articles.versions': readQuery<{ ids: string[] }, { id: string; contentHash: string; extractorVersion: string; irrelevant: boolean }>(['ids']),
  'articles.detach-facts': writeQuery<{ ids: string[] }, { id: string; relationIds: string[]; eventIds: string[] }>(['ids']),
  'articles.upsert': writeQuery<{ rows: ArticleRow[] }, { written: number }>(['rows']),
  'persons.candidates': readQuery<{ surnameKeys: string[] }, PersonCandidate>(['surnameKeys']),
  'persons.upsert': writeQuery<{ rows: PersonRow[] }, Upserted>(['rows']),
  'organizations.upsert': writeQuery<{ rows: OrganizationRow[] }, { written: number }>(['rows']),
  'places.upsert': writeQuery<{ rows: PlaceRow[] }, Upserted>(['rows']),
  'topics.upsert': writeQuery<{ rows: TopicRow[] }, Upserted>(['rows']),
  'offices.upsert': writeQuery<{ rows: OfficeEdgeRow[] }, { written: number }>(['rows']),
  'mentions.upsert': writeQuery<{ rows: ArticleMentionsRow[] }, { written: number }>(['rows']),
  'events.candidates': readQuery<{ mergeProbes: CandidateProbe[]; countryProbes: CandidateProbe[] }, EventCandidate>(['mergeProbes', 'countryProbes']),
  'events.create': writeQuery<{ rows: EventRow[] }, { written: number }>(['rows']),
  'events.upsert': writeQuery<{ rows: EventRow[] }, { written: number }>(['rows']),
  'events.link-during': writeQuery<{ rows: DuringRow[] }, { written: number }>(['rows']),
  'events.stale-details': readQuery<StaleDetailsParams, { id: string }>(['eventIds', 'personIds', 'placeIds', 'topicIds']),
  'events.store-details': writeQuery<{ rows: { id: string; json: string }[] }, { stored: number }>(['rows']),
  'events.without-details': readQuery<{ limit: Integer }, { id: string }>(['limit']),
  'events.ids-after': readQuery<{ after: string | null; limit: Integer }, { id: string }>(['after', 'limit']),
  'relations.ensure': writeQuery<{ rows: EventRow['pairs'] }, { written: number }>(['rows']),
  'relations.refresh': writeQuery<{ ids: string[] }, { refreshed: number }>(['ids']),
  'relations.recompute': readQuery<
    Record<string, never>,
    { id: string; eventCount: number; recomputedCount: number; firstDate: string | null; recomputedFirst: string | null; lastDate: string | null; recomputedLast: string | null }
  >([]),
  'ingest.lock': writeQuery<Record<string, never>, { locked: number }>([]),
  'graph.counts': readQuery<Record<string, never>, { kind: 'node' | 'relationship'; name: string; count: number }>([]),
} as const;
