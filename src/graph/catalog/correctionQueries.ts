import type { Integer } from 'neo4j-driver';
import type { ArticleRecord, PersonRecord } from '../../domain/graphRecords.js';
import { readQuery, writeQuery } from '../querySpec.js';

// The rows of the queries that apply corrections. A correction's `after` is the row that
// applies it and its `before` the row that restores what it changed, so that applying,
// re-applying after a re-ingest and reverting all run the same query.

export interface EventTypeRow {
  eventId: string;
  type: string;
  plover: string | null;
  ploverMode: string | null;
  cameo: string | null;
}
export interface EventDateRow {
  eventId: string;
  date: string | null;
  datePrecision: string | null;
  sortDate: string | null;
}
export interface EventStatusRow {
  eventId: string;
  status: string;
}
export interface EventPlaceRow {
  eventId: string;
  placeId: string | null;
}
export interface ParticipantRow {
  eventId: string;
  personId: string;
  present: boolean;
  role: string | null;
  side: string | null;
  country: string | null;
}
/** An event's edges as they were when it was rejected (restored by a revert). */
export interface EventEdgesRow {
  id: string;
  countries: { code: string; side: string | null }[];
  participants: { personId: string; role: string | null; side: string | null; country: string | null }[];
  topics: string[];
  placeId: string | null;
  relationIds: string[];
}
/** The fields of an event that a split copies (dates as text). */
export interface EventFields {
  mergeKey: string;
  countryKey: string | null;
  type: string;
  status: string;
  date: string | null;
  datePrecision: string | null;
  sortDate: string | null;
  title: string | null;
  confidence: number;
  plover: string | null;
  ploverMode: string | null;
  cameo: string | null;
  setting: string | null;
  extractedDate: string | null;
}

export interface PersonNameRow {
  personId: string;
  name: string;
  aliases: string[];
  pinned: boolean;
}
export interface PersonCountryRow {
  personId: string;
  country: string | null;
  pinned: boolean;
}
export interface OfficeCorrectionRow {
  personId: string;
  country: string;
  title: string;
  since: string | null;
  until: string | null;
  /** False when reverting the correction that created the office: removed if no article shows it. */
  keep: boolean;
}

/** One event as corrections read it before changing it. */
export interface EventStateRow {
  id: string;
  rejected: boolean;
  type: string;
  status: string;
  date: string | null;
  datePrecision: string | null;
  plover: string | null;
  ploverMode: string | null;
  cameo: string | null;
  placeId: string | null;
  participants: EventEdgesRow['participants'];
  countries: EventEdgesRow['countries'];
  topics: string[];
  relationIds: string[];
  duringIds: string[];
  partCount: number;
}

export interface PersonStateRow {
  id: string;
  name: string;
  aliases: string[];
  country: string | null;
  nameCorrected: boolean;
  countryCorrected: boolean;
}

/** What a merge of persons moved, for undoing it. */
export interface PersonEdgesRow {
  person: { id: string; name: string; country: string | null; surnameKey: string | null; aliases: string[]; nameCorrected: boolean; countryCorrected: boolean };
  participations: { eventId: string; role: string | null; side: string | null; country: string | null; keptHad: boolean }[];
  offices: {
    title: string;
    titleOriginal: string | null;
    country: string | null;
    organization: string | null;
    firstSeen: string | null;
    lastSeen: string | null;
    since: string | null;
    until: string | null;
    sources: string[];
    keptHad: boolean;
  }[];
  mentions: { articleId: string; count: number; keptHad: boolean }[];
  redirectKeys: string[];
}

/** A correction as stored, with its JSON kept as text. */
export interface CorrectionRow {
  id: string;
  seq: number;
  kind: string;
  subjects: string[];
  before: string;
  after: string;
  reason: string;
  author: string;
  at: string;
  revertedBy: string | null;
  revertOf: string | null;
}

/** One office of a country with its holder, as officeHolders reads it. */
export interface CountryOfficeRow {
  code: string;
  person: PersonRecord;
  title: string;
  titleOriginal: string | null;
  firstSeen: string | null;
  lastSeen: string | null;
  since: string | null;
  until: string | null;
  sourceCount: number;
  sources: ArticleRecord[];
}

type Applied = { applied: number };

/** Queries of corrections (issue 12). */
export const CORRECTION_QUERIES = {
  'corrections.begin': writeQuery<Record<string, never>, { seq: number; at: string }>([]),
  'corrections.record': writeQuery<{ row: Omit<CorrectionRow, 'revertedBy'> }, { id: string }>(['row']),
  'corrections.by-id': readQuery<{ id: string }, CorrectionRow>(['id']),
  'corrections.list': readQuery<
    { subject: string | null; kind: string | null; author: string | null; inForce: boolean; skip: Integer; limit: Integer },
    { total: number; corrections: CorrectionRow[] }
  >(['subject', 'kind', 'author', 'inForce', 'skip', 'limit']),
  'corrections.by-subjects': readQuery<{ keys: string[] }, { key: string; corrections: CorrectionRow[] }>(['keys']),
  'corrections.event-state': readQuery<{ id: string }, EventStateRow>(['id']),
  'corrections.person-state': readQuery<{ ids: string[] }, PersonStateRow>(['ids']),
  'corrections.office-state': readQuery<
    { personId: string; country: string; title: string },
    { personId: string; exists: boolean; since: string | null; until: string | null; sourceCount: number }
  >(['personId', 'country', 'title']),
  'corrections.article-state': readQuery<{ id: string }, { id: string; irrelevant: boolean }>(['id']),
  'corrections.place-exists': readQuery<{ ids: string[] }, { id: string }>(['ids']),
  'corrections.apply-event-type': writeQuery<{ rows: EventTypeRow[] }, Applied>(['rows']),
  'corrections.apply-event-date': writeQuery<{ rows: EventDateRow[] }, Applied>(['rows']),
  'corrections.apply-event-status': writeQuery<{ rows: EventStatusRow[] }, Applied>(['rows']),
  'corrections.apply-event-place': writeQuery<{ rows: EventPlaceRow[] }, Applied>(['rows']),
  'corrections.apply-participant': writeQuery<{ rows: ParticipantRow[] }, Applied>(['rows']),
  'corrections.reject-events': writeQuery<{ ids: string[] }, { id: string; linkedIds: string[] }>(['ids']),
  'corrections.restore-events': writeQuery<{ rows: EventEdgesRow[] }, { id: string }>(['rows']),
  'corrections.apply-person-name': writeQuery<{ rows: PersonNameRow[] }, Applied>(['rows']),
  'corrections.apply-person-country': writeQuery<{ rows: PersonCountryRow[] }, Applied>(['rows']),
  'corrections.apply-office': writeQuery<{ rows: OfficeCorrectionRow[] }, Applied>(['rows']),
  'corrections.apply-article-relevance': writeQuery<{ id: string; irrelevant: boolean }, { id: string }>(['id', 'irrelevant']),
  'corrections.in-force-for-events': readQuery<{ ids: string[] }, { seq: number; kind: string; after: string }>(['ids']),
  'corrections.redirects': readQuery<
    { personIds: string[]; eventKeys: string[]; eventIds: string[] },
    { kind: 'person' | 'event' | 'rejected-event'; fromId: string; toId: string | null; toRejected: boolean }
  >(['personIds', 'eventKeys', 'eventIds']),
  'corrections.merge-events': writeQuery<{ mergeId: string; keepId: string }, { id: string }>(['mergeId', 'keepId']),
  'corrections.split-event': writeQuery<
    { sourceId: string; newId: string; fields: EventFields; articleIds: string[]; shared: string[]; redirect: boolean },
    { id: string }
  >(['sourceId', 'newId', 'fields', 'articleIds', 'shared', 'redirect']),
  'corrections.reset-event-edges': writeQuery<{ rows: EventEdgesRow[] }, { id: string }>(['rows']),
  'corrections.unredirect-reports': writeQuery<{ sourceId: string; articleIds: string[] }, { removed: number }>(['sourceId', 'articleIds']),
  'corrections.event-fields': readQuery<{ id: string }, { fields: EventFields; articleIds: string[] }>(['id']),
  'corrections.person-edges': readQuery<{ mergeId: string; keepId: string }, PersonEdgesRow>(['mergeId', 'keepId']),
  'corrections.merge-person': writeQuery<{ mergeId: string; keepId: string; aliases: string[] }, { eventIds: string[] }>(['mergeId', 'keepId', 'aliases']),
  'corrections.unmerge-person': writeQuery<
    {
      keepId: string;
      person: PersonEdgesRow['person'];
      participations: PersonEdgesRow['participations'];
      offices: PersonEdgesRow['offices'];
      mentions: PersonEdgesRow['mentions'];
      redirectKeys: string[];
      keptAliases: string[];
    },
    { eventIds: string[] }
  >(['keepId', 'person', 'participations', 'offices', 'mentions', 'redirectKeys', 'keptAliases']),
  'offices.of-countries': readQuery<{ codes: string[]; sourceLimit: Integer }, CountryOfficeRow>(['codes', 'sourceLimit']),
} as const;
