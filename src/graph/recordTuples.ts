import type { DatePrecision, EventStatus, EventType } from '../domain/extraction.js';
import type { CountryCode } from '../domain/article.js';
import type { EventRecord, PersonCountRecord, TopicCountRecord } from '../domain/graphRecords.js';

// Records a page query returns by the ten (ranked persons and topics, a page of events) come
// as lists of values in a fixed order, not as maps: the driver decodes a map entry by entry
// (a key string, then an Object.defineProperty each), and the relation page's 40 maps cost
// its query a sixth of the driver's CPU and 7% of Neo4j's (measured in turns on the
// 100,000-event graph). Each query returning a tuple names its type beside the list; these
// turn the tuples back into the records the API reads.

/** A ranked person: [id, name, aliases, country code, event count, last date]. */
export type PersonCountTuple = readonly [
  id: string,
  name: string,
  aliases: readonly string[],
  countryCode: CountryCode | null,
  eventCount: number,
  lastDate: string | null,
];

export function personCountOf([id, name, aliases, countryCode, eventCount, lastDate]: PersonCountTuple): PersonCountRecord {
  return { person: { id, name, aliases, countryCode }, eventCount, lastDate };
}

/** A ranked topic: [id, label, French label, context, broader topic, event count]. */
export type TopicCountTuple = readonly [id: string, label: string, labelFr: string | null, context: string | null, broader: string | null, eventCount: number];

export function topicCountOf([id, label, labelFr, context, broader, eventCount]: TopicCountTuple): TopicCountRecord {
  return { topic: { id, label, labelFr, context, broader }, eventCount };
}

/**
 * An event: [id, type, status, title, date, date precision, sort date, setting, confidence,
 * PLOVER code, PLOVER mode, CAMEO code, article count].
 */
export type EventTuple = readonly [
  id: string,
  type: EventType,
  status: EventStatus,
  title: string | null,
  date: string | null,
  datePrecision: DatePrecision | null,
  sortDate: string | null,
  setting: string | null,
  confidence: number,
  plover: string | null,
  ploverMode: string | null,
  cameo: string | null,
  articleCount: number,
];

export function eventOf([id, type, status, title, date, datePrecision, sortDate, setting, confidence, plover, ploverMode, cameo, articleCount]: EventTuple): EventRecord {
  return { id, type, status, title, date, datePrecision, sortDate, setting, confidence, plover, ploverMode, cameo, articleCount };
}
