import type { CountryCode } from './article.js';
import type { EventStatus, EventType } from './extraction.js';

/**
 * Criteria on events; every non-null criterion must hold. Dates are "YYYY-MM-DD" and bound
 * `sortDate` inclusively (so events with an unknown year drop out when a bound is set).
 */
export interface EventFilter {
  /** Events involving all of these countries. */
  readonly countries: readonly CountryCode[];
  /** Relation id ("ML-RU") of a country pair. */
  readonly relation: string | null;
  readonly person: string | null;
  readonly organization: string | null;
  readonly topic: string | null;
  /** Any of these types; empty means all. */
  readonly types: readonly EventType[];
  readonly status: EventStatus | null;
  readonly from: string | null;
  readonly to: string | null;
  /** Full-text words on the event title and setting. */
  readonly text: string | null;
}

/** Orders of event lists; events with an unknown year always sort last. */
export type EventOrder = 'DATE_DESC' | 'DATE_ASC' | 'ARTICLE_COUNT_DESC';

/**
 * Where a keyset page of events starts: just after the event with this sortDate
 * ("YYYY-MM-DD", null for an event with an unknown year) and id, in date order (undated last,
 * id breaking ties).
 */
export interface EventKey {
  readonly sortDate: string | null;
  readonly id: string;
}

/**
 * A slice of a ranked list: skip `offset` items, return at most `limit`. A page of events in
 * date order that carries `after` starts just after that event instead (keyset): the list is
 * not walked up to `offset`, which then only numbers the items (their cursor positions).
 */
export interface PageRequest {
  readonly offset: number;
  readonly limit: number;
  readonly after?: EventKey | null;
}

/** One page of a list and the size of the whole list. */
export interface Page<T> {
  readonly items: readonly T[];
  readonly total: number;
}

/** A filter that restricts nothing. */
export const EMPTY_EVENT_FILTER: EventFilter = Object.freeze({
  countries: [],
  relation: null,
  person: null,
  organization: null,
  topic: null,
  types: [],
  status: null,
  from: null,
  to: null,
  text: null,
});
