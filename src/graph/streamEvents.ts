import type { EventFilter } from '../domain/eventFilter.js';
import type { EventDetailsRecord, EventRecord } from '../domain/graphRecords.js';
import type { EventDetailsTuple } from './catalog/apiQueries.js';
import type { ExportEventsParams } from './catalog/exportQueries.js';
import { apiRead } from './apiRead.js';
import { seededCountries } from './countryDirectory.js';
import { chooseMeetingAnchor } from './listMeetings.js';
import { parseStoredDetails, toEventDetails } from './loadEventDetails.js';
import { streamQuery, type StreamOptions } from './streamQuery.js';

/** An event with all its details, as exports write it. */
export interface ExportedEvent extends EventRecord {
  readonly details: EventDetailsRecord;
}

/** Rows handled together: events without stored details are derived in one query per chunk. */
const CHUNK = 500;

/** exports.events' parameters for a filter: meetings.list's anchor, the other criteria checked per event. */
export function exportEventsParams(filter: EventFilter): ExportEventsParams {
  const anchor = chooseMeetingAnchor(filter);
  const unlessAnchor = (kind: typeof anchor.kind, value: string | null) => (anchor.kind === kind && anchor.value === value ? null : value);
  return {
    anchorKind: anchor.kind,
    anchorValue: anchor.value,
    countries: filter.countries.filter((c) => !(anchor.kind === 'country' && anchor.value === c)),
    relation: unlessAnchor('relation', filter.relation),
    person: unlessAnchor('person', filter.person),
    organization: unlessAnchor('organization', filter.organization),
    topic: unlessAnchor('topic', filter.topic),
    types: [...filter.types],
    status: filter.status,
    from: filter.from,
    to: filter.to,
  };
}

/**
 * Every event matching `filter` (the events the meetings query lists for it), oldest first,
 * undated last, each with its details; read as a stream, so memory does not grow with the
 * number of events. Details come from the read model; an event without stored details (a
 * graph not migrated yet) has them derived, a chunk at a time.
 */
export async function* streamEvents(filter: EventFilter, options: StreamOptions = {}): AsyncGenerator<ExportedEvent> {
  const countries = await seededCountries({});
  let chunk: { event: EventRecord; detailsJson: string | null }[] = [];
  const flush = async function* (): AsyncGenerator<ExportedEvent> {
    const unstored = chunk.filter((r) => r.detailsJson === null).map((r) => r.event.id);
    const derived = new Map<string, EventDetailsTuple>();
    if (unstored.length > 0) {
      for (const { details } of await apiRead('events.derive-details', { ids: unstored }, {})) derived.set(details[0], details);
    }
    for (const { event, detailsJson } of chunk) {
      const tuple = detailsJson !== null ? parseStoredDetails(detailsJson) : derived.get(event.id);
      const details = tuple ? toEventDetails(tuple, countries) : { participants: [], countries: [], place: null, topics: [], sources: [] };
      yield { ...event, details };
    }
    chunk = [];
  };
  for await (const row of streamQuery('exports.events', exportEventsParams(filter), options)) {
    chunk.push(row);
    if (chunk.length >= CHUNK) yield* flush();
  }
  yield* flush();
}
