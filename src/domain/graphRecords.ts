import type { CountryCode } from './article.js';
import type { DatePrecision, EventStatus, EventType, Side } from './extraction.js';

// Read models of the graph as the API serves them: plain data, dates as ISO strings.

/** A seeded country. */
export interface CountryRecord {
  readonly code: CountryCode;
  readonly iso3: string | null;
  /** ISO 3166-1 numeric code; only the directory of seeded countries (countries.all) reads it. */
  readonly isoNumeric?: string | null;
  readonly name: string;
  readonly nameFr: string | null;
  readonly officialName: string | null;
  readonly region: string | null;
  readonly subregion: string | null;
}

/** An event node's own properties. `sortDate` is "YYYY-MM-DD" or null when the year is unknown. */
export interface EventRecord {
  readonly id: string;
  readonly type: EventType;
  readonly status: EventStatus;
  readonly title: string | null;
  readonly date: string | null;
  readonly datePrecision: DatePrecision | null;
  readonly sortDate: string | null;
  readonly setting: string | null;
  readonly confidence: number;
  readonly plover: string | null;
  readonly ploverMode: string | null;
  readonly cameo: string | null;
  readonly articleCount: number;
}

/** A person node's own properties. */
export interface PersonRecord {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  /** ISO code of the country the person serves, when known. */
  readonly countryCode: CountryCode | null;
  /** The country itself, when the query that read the person joined it already. */
  readonly country?: CountryRecord | null;
  /** The person's offices, latest seen first, when the query that read the person joined them already. */
  readonly offices?: readonly OfficeRecord[];
}

/** An organisation node. */
export interface OrganizationRecord {
  readonly id: string;
  readonly name: string;
  readonly acronym: string | null;
  readonly aliases: readonly string[];
  readonly kind: string | null;
  readonly wikidata: string | null;
}

/** A place node and its country. */
export interface PlaceRecord {
  readonly id: string;
  readonly name: string;
  readonly countryCode: CountryCode | null;
  /** The country itself, when the query that read the place joined it already. */
  readonly country?: CountryRecord | null;
}

/** A topic of the taxonomy. */
export interface TopicRecord {
  readonly id: string;
  readonly label: string;
  readonly labelFr: string | null;
  readonly context: string | null;
  readonly broader: string | null;
}

/** An ingested article (its text is not served). */
export interface ArticleRecord {
  readonly id: string;
  readonly url: string | null;
  readonly title: string | null;
  readonly source: string | null;
  readonly author: string | null;
  readonly published: string | null;
  readonly language: string | null;
  readonly ingestedAt: string | null;
}

/** A person's part in an event. */
export interface ParticipantRecord {
  readonly person: PersonRecord;
  readonly role: string | null;
  readonly side: Side | null;
  /** The country the person represented, when known. */
  readonly country: CountryRecord | null;
}

/** A country's part in an event. */
export interface EventCountryRecord {
  readonly country: CountryRecord;
  readonly side: Side | null;
}

/** The evidence of an event in one article; offsets are UTF-16 into the article text. */
export interface SourceRecord {
  readonly article: ArticleRecord;
  readonly quote: string;
  readonly start: number | null;
  readonly end: number | null;
  readonly confidence: number | null;
  readonly rule: string | null;
}

/** An office a person was seen holding; dates are publication dates of the sources. */
export interface OfficeRecord {
  readonly title: string;
  readonly titleOriginal: string | null;
  readonly country: CountryRecord | null;
  readonly organization: OrganizationRecord | null;
  readonly firstSeen: string | null;
  readonly lastSeen: string | null;
  /** The day an analyst says the office was taken up / left (corrections), when one did. */
  readonly since?: string | null;
  readonly until?: string | null;
  readonly sourceCount: number;
}

/** Everything hanging on one event, read in one query for a whole page. */
export interface EventDetailsRecord {
  readonly participants: readonly ParticipantRecord[];
  readonly countries: readonly EventCountryRecord[];
  readonly place: PlaceRecord | null;
  readonly topics: readonly TopicRecord[];
  readonly sources: readonly SourceRecord[];
}

/** An event as the API serves it: with its details when they were read along with it. */
export interface EventWithDetails extends EventRecord {
  readonly details?: EventDetailsRecord;
}

/** A person ranked by a number of events. */
export interface PersonCountRecord {
  readonly person: PersonRecord;
  readonly eventCount: number;
  readonly lastDate: string | null;
}

/** A country ranked by a number of events. */
export interface CountryCountRecord {
  readonly country: CountryRecord;
  readonly eventCount: number;
  readonly firstDate: string | null;
  readonly lastDate: string | null;
  /** The relation of the ranked country with the one it is a partner of ("ML-RU"). */
  readonly relationId: string;
  /** The period the events were counted in (ISO dates, null for open ends). */
  readonly since: string | null;
  readonly until: string | null;
}

/** A number of events of one type. */
export interface TypeCountRecord {
  readonly type: EventType;
  readonly count: number;
}

/** A relation's events in a period by type, and its encounters: events not DURING another. */
export interface RelationFiguresRecord {
  readonly countsByType: readonly TypeCountRecord[];
  readonly encounterCount: number;
}

/** The visit an event took place during, and the events that took place during it. */
export interface EventLinksRecord {
  readonly during: EventRecord | null;
  readonly parts: readonly EventRecord[];
}

/** A topic with its number of events. */
export interface TopicCountRecord {
  readonly topic: TopicRecord;
  readonly eventCount: number;
}

/** A bilateral relation: `countries` holds the two countries in code order. */
export interface RelationRecord {
  readonly id: string;
  readonly countries: readonly CountryRecord[];
  readonly eventCount: number;
  readonly firstDate: string | null;
  readonly lastDate: string | null;
}

/** A relation ranked by its events in a period. */
export interface RankedRelationRecord {
  readonly relation: RelationRecord;
  readonly eventCount: number;
}

/** A person found by name, with its number of events and full-text score (null without search). */
export interface PersonMatchRecord {
  readonly person: PersonRecord;
  readonly eventCount: number;
  readonly score: number | null;
}

/** Granularities of timelines. */
export type TimelineGranularity = 'MONTH' | 'QUARTER' | 'YEAR';

/** Events of one type in one calendar bucket; `start` is the bucket's first day. */
export interface TimelineCountRecord {
  readonly start: string;
  readonly type: EventType;
  readonly count: number;
}

/** What a full-text hit is. */
export type SearchHitKind = 'PERSON' | 'ORGANIZATION' | 'PLACE' | 'COUNTRY' | 'ARTICLE';

/** One full-text hit. */
export type SearchHitRecord =
  | { readonly kind: 'PERSON'; readonly score: number; readonly entity: PersonRecord }
  | { readonly kind: 'ORGANIZATION'; readonly score: number; readonly entity: OrganizationRecord }
  | { readonly kind: 'PLACE'; readonly score: number; readonly entity: PlaceRecord }
  | { readonly kind: 'COUNTRY'; readonly score: number; readonly entity: CountryRecord }
  | { readonly kind: 'ARTICLE'; readonly score: number; readonly entity: ArticleRecord };

/** Counts over the whole graph. */
export interface StatsRecord {
  readonly events: number;
  readonly eventsByType: readonly { readonly type: EventType; readonly count: number }[];
  readonly articles: number;
  readonly persons: number;
  readonly organizations: number;
  readonly places: number;
  readonly topics: number;
  readonly relations: number;
  readonly countriesInvolved: number;
  readonly firstEventDate: string | null;
  readonly lastEventDate: string | null;
}

/** A person holding a canonical post on a day (officeHolders), with what supports it. */
export interface OfficeHoldingRecord {
  readonly person: PersonRecord;
  readonly title: string;
  readonly post: { readonly id: string; readonly label: string };
  readonly country: CountryRecord;
  readonly basis: 'asserted' | 'seen' | 'inferred';
  readonly firstSeen: string | null;
  readonly lastSeen: string | null;
  readonly since: string | null;
  readonly until: string | null;
  readonly sourceCount: number;
  readonly sources: readonly ArticleRecord[];
}
