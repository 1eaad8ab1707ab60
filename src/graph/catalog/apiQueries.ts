import type { Integer } from 'neo4j-driver';
import type {
  ArticleRecord,
  CountryCountRecord,
  CountryRecord,
  EventLinksRecord,
  EventRecord,
  OfficeRecord,
  PersonMatchRecord,
  PersonRecord,
  PlaceRecord,
  RankedRelationRecord,
  RelationFiguresRecord,
  RelationRecord,
  SearchHitKind,
  StatsRecord,
  TopicCountRecord,
} from '../../domain/graphRecords.js';
import type { Side } from '../../domain/extraction.js';
import { readQuery } from '../querySpec.js';
import type { EventTuple, PersonCountTuple, TopicCountTuple } from '../recordTuples.js';
import type { TimelineBucketRow } from '../timelineRows.js';

/** Where meetings.list starts matching: the most selective criterion of the filter. */
export type MeetingAnchorKind = 'person' | 'relation' | 'country' | 'topic' | 'organization' | 'text' | 'dates' | 'all';

/** Every criterion of an EventFilter but its text, as the meetings, export and change queries take them. */
export interface EventCriteriaParams {
  countries: string[];
  relation: string | null;
  person: string | null;
  organization: string | null;
  topic: string | null;
  types: string[];
  status: string | null;
  from: string | null;
  to: string | null;
}

/**
 * Parameters of meetings.list: the anchor values plus every criterion of an EventFilter, and
 * `withDetails` (also read the page's stored details, as events.details does, in the same query).
 */
export interface MeetingsListParams extends EventCriteriaParams {
  anchorKind: MeetingAnchorKind;
  anchorValues: (string | null)[];
  order: string;
  skip: Integer;
  limit: Integer;
  withDetails: boolean;
}

/** The event a keyset page starts after: its sortDate ("YYYY-MM-DD", null when undated) and id. */
export type AfterKeyParam = { sortDate: string | null; id: string } | null;

/**
 * Parameters of the one-anchor forms meetings.by-<kind>: meetings.list's without the kind,
 * plus `afterKey` (keyset paging in date order; `skip` is then 0).
 */
export type MeetingsAnchoredParams = Omit<MeetingsListParams, 'anchorKind'> & { afterKey: AfterKeyParam };
/**
 * Parameters of meetings.by-date: the criteria left when no anchor narrows the events, and up to
 * how many matches of a type or status are sorted rather than found by a walk of the date index.
 */
export type MeetingsByDateParams = Pick<MeetingsListParams, (typeof MEETINGS_BY_DATE_PARAMS)[number]> & { fewMatches: Integer };
const MEETINGS_BY_DATE_PARAMS = ['anchorValues', 'types', 'status', 'from', 'to', 'order', 'skip', 'limit', 'withDetails'] as const;
type MeetingsRow = { anchorValue: string | null; total: number; items: EventRecord[]; details: (string | null)[] };
const MEETINGS_LIST_PARAMS = [
  'anchorValues', 'countries', 'relation', 'person', 'organization', 'topic', 'types', 'status', 'from', 'to', 'order', 'skip', 'limit',
  'withDetails',
] as const;
const MEETINGS_ANCHORED_PARAMS = [...MEETINGS_LIST_PARAMS, 'afterKey'] as const;
/** Parameters of meetings.country-page: a country's events in a period, with no other criterion. */
export type MeetingsCountryPageParams = Pick<MeetingsAnchoredParams, (typeof MEETINGS_COUNTRY_PAGE_PARAMS)[number]>;
const MEETINGS_COUNTRY_PAGE_PARAMS = ['anchorValues', 'from', 'to', 'order', 'skip', 'limit', 'afterKey', 'withDetails'] as const;

type Ids = { ids: string[] };

/**
 * An event's details as events.derive-details derives them and the writer stores them (as JSON,
 * in Event.detailsJson): positional lists rather than maps, for smaller text and no key to
 * decode per value. Countries come as codes, filled from the country directory by the API.
 */
export type EventDetailsTuple = [
  eventId: string,
  participants: [personId: string, name: string, aliases: string[], personCountry: string | null, role: string | null, side: Side | null, country: string | null][],
  countries: [code: string, side: Side | null][],
  place: [id: string, name: string, country: string | null] | null,
  topics: [id: string, label: string, labelFr: string | null, context: string | null, broader: string | null][],
  sources: [
    articleId: string, url: string | null, title: string | null, source: string | null, author: string | null, language: string | null,
    published: string | null, ingestedAt: string | null, quote: string, start: number | null, end: number | null, confidence: number | null,
    rule: string | null,
  ][],
];
type Codes = { codes: string[] };
type Period = { since: string | null; until: string | null };

/** Queries the GraphQL API runs (issue: GraphQL API). All read-only. */
export const API_QUERIES = {
  'meetings.list': readQuery<MeetingsListParams, MeetingsRow>(['anchorKind', ...MEETINGS_LIST_PARAMS]),
  'meetings.by-person': readQuery<MeetingsAnchoredParams, MeetingsRow>([...MEETINGS_ANCHORED_PARAMS]),
  'meetings.by-relation': readQuery<MeetingsAnchoredParams, MeetingsRow>([...MEETINGS_ANCHORED_PARAMS]),
  'meetings.by-country': readQuery<MeetingsAnchoredParams, MeetingsRow>([...MEETINGS_ANCHORED_PARAMS]),
  'meetings.by-topic': readQuery<MeetingsAnchoredParams, MeetingsRow>([...MEETINGS_ANCHORED_PARAMS]),
  'meetings.country-page': readQuery<MeetingsCountryPageParams, MeetingsRow>([...MEETINGS_COUNTRY_PAGE_PARAMS]),
  'meetings.by-date': readQuery<MeetingsByDateParams, MeetingsRow>([...MEETINGS_BY_DATE_PARAMS, 'fewMatches']),
  'events.by-ids': readQuery<Ids, { event: EventRecord }>(['ids']),
  'events.details': readQuery<Ids, { id: string; detailsJson: string | null }>(['ids']),
  'events.derive-details': readQuery<Ids, { details: EventDetailsTuple }>(['ids']),
  'events.visit-links': readQuery<Ids, { id: string } & EventLinksRecord>(['ids']),
  'persons.by-ids': readQuery<Ids, { person: PersonRecord }>(['ids']),
  'persons.offices': readQuery<Ids, { personId: string; offices: OfficeRecord[] }>(['ids']),
  'persons.counterparts': readQuery<Ids & Period & { limit: Integer }, { personId: string; counterparts: PersonCountTuple[] }>([
    'ids', 'since', 'until', 'limit',
  ]),
  'persons.page': readQuery<
    Period & {
      id: string;
      counterpartLimit: Integer;
      eventLimit: Integer;
      order: string;
      skip: Integer;
      afterKey: AfterKeyParam;
    },
    { person: PersonRecord; counterparts: PersonCountTuple[]; eventTotal: number; events: EventTuple[] }
  >(['id', 'since', 'until', 'counterpartLimit', 'eventLimit', 'order', 'skip', 'afterKey']),
  'persons.list': readQuery<
    { search: string | null; country: string | null; skip: Integer; limit: Integer },
    { total: number; items: PersonMatchRecord[] }
  >(['search', 'country', 'skip', 'limit']),
  'countries.all': readQuery<Record<string, never>, { country: CountryRecord }>([]),
  'countries.partners': readQuery<
    Codes & Period & { limit: Integer },
    { code: string; partners: Omit<CountryCountRecord, 'since' | 'until'>[] }
  >([
    'codes', 'since', 'until', 'limit',
  ]),
  'countries.officials': readQuery<Codes & { limit: Integer }, { code: string; officials: PersonRecord[] }>(['codes', 'limit']),
  'relations.by-ids': readQuery<Ids, { relation: RelationRecord }>(['ids']),
  'relations.list': readQuery<
    { country: string | null; since: string | null; until: string | null; skip: Integer; limit: Integer },
    { total: number; items: RankedRelationRecord[] }
  >(['country', 'since', 'until', 'skip', 'limit']),
  'relations.overview': readQuery<
    { id: string; granularity: string | null; from: string | null; to: string | null; topicsLimit: Integer; peopleLimit: Integer },
    { relation: RelationRecord; timeline: TimelineBucketRow[]; topics: TopicCountTuple[]; people: PersonCountTuple[] }
  >(['id', 'granularity', 'from', 'to', 'topicsLimit', 'peopleLimit']),
  'relations.figures': readQuery<Ids & Period, { relationId: string } & RelationFiguresRecord>(['ids', 'since', 'until']),
  'relations.topics': readQuery<Ids & { limit: Integer }, { relationId: string; topics: TopicCountTuple[] }>(['ids', 'limit']),
  'relations.people': readQuery<Ids & { limit: Integer }, { relationId: string; people: PersonCountTuple[] }>(['ids', 'limit']),
  'relations.timeline': readQuery<
    Ids & { granularity: string; from: string | null; to: string | null },
    { relationId: string; buckets: TimelineBucketRow[] }
  >(['ids', 'granularity', 'from', 'to']),
  'topics.list': readQuery<Period, TopicCountRecord>(['since', 'until']),
  'search.entities': readQuery<
    { text: string; titles: string | null; limit: Integer },
    { score: number; kind: SearchHitKind; entity: PersonRecord | ArticleRecord | CountryRecord | PlaceRecord | Record<string, unknown> }
  >(['text', 'titles', 'limit']),
  'stats.overview': readQuery<Record<string, never>, StatsRecord>([]),
  'articles.texts': readQuery<Ids, { id: string; text: string | null }>(['ids']),
} as const;
