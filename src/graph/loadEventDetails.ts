import type {
  EventCountryRecord,
  EventRecord,
  ParticipantRecord,
  PlaceRecord,
  SourceRecord,
  TopicRecord,
} from '../domain/graphRecords.js';
import { alignByKey, apiRead, type ReadOptions } from './apiRead.js';

// Batch loaders of event details: each takes the event ids of a whole request and answers in
// the same order with one query (DataLoader's contract), so a page costs one query per field.

/** Events by id; null for an unknown id. */
export async function loadEvents(ids: readonly string[], options: ReadOptions): Promise<(EventRecord | null)[]> {
  const rows = await apiRead('events.by-ids', { ids: [...ids] }, options);
  return alignByKey(ids, rows, (r) => r.event.id, (r) => r.event, null);
}

/** Participants of each event. */
export async function loadParticipants(ids: readonly string[], options: ReadOptions): Promise<ParticipantRecord[][]> {
  const rows = await apiRead('events.participants', { ids: [...ids] }, options);
  return alignByKey(ids, rows, (r) => r.eventId, (r) => r.participants, []);
}

/** Countries of each event with their sides. */
export async function loadEventCountries(ids: readonly string[], options: ReadOptions): Promise<EventCountryRecord[][]> {
  const rows = await apiRead('events.countries', { ids: [...ids] }, options);
  return alignByKey(ids, rows, (r) => r.eventId, (r) => r.countries, []);
}

/** Place of each event; null when unknown. */
export async function loadEventPlaces(ids: readonly string[], options: ReadOptions): Promise<(PlaceRecord | null)[]> {
  const rows = await apiRead('events.places', { ids: [...ids] }, options);
  return alignByKey(ids, rows, (r) => r.eventId, (r) => r.place, null);
}

/** Topics of each event. */
export async function loadEventTopics(ids: readonly string[], options: ReadOptions): Promise<TopicRecord[][]> {
  const rows = await apiRead('events.topics', { ids: [...ids] }, options);
  return alignByKey(ids, rows, (r) => r.eventId, (r) => r.topics, []);
}

/** Evidence of each event: reporting articles with quotes. */
export async function loadSources(ids: readonly string[], options: ReadOptions): Promise<SourceRecord[][]> {
  const rows = await apiRead('events.sources', { ids: [...ids] }, options);
  return alignByKey(ids, rows, (r) => r.eventId, (r) => r.sources, []);
}
