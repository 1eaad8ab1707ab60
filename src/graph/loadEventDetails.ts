import type { EventDetailsRecord, EventRecord } from '../domain/graphRecords.js';
import { alignByKey, apiRead, type ReadOptions } from './apiRead.js';

// Batch loaders of events: each takes the event ids of a whole request and answers in the
// same order with one query (DataLoader's contract).

/** Events by id; null for an unknown id. */
export async function loadEvents(ids: readonly string[], options: ReadOptions): Promise<(EventRecord | null)[]> {
  const rows = await apiRead('events.by-ids', { ids: [...ids] }, options);
  return alignByKey(ids, rows, (r) => r.event.id, (r) => r.event, null);
}

const NO_DETAILS: EventDetailsRecord = Object.freeze({ participants: [], countries: [], place: null, topics: [], sources: [] });

/** Participants, countries, place, topics and sources of each event, in one query. */
export async function loadEventDetails(ids: readonly string[], options: ReadOptions): Promise<EventDetailsRecord[]> {
  const rows = await apiRead('events.details', { ids: [...ids] }, options);
  return alignByKey(ids, rows, (r) => r.eventId, ({ eventId: _, ...details }) => details, NO_DETAILS);
}
