import type { EventDetailsRecord, EventRecord } from '../domain/graphRecords.js';
import type { EventDetailsRow } from './catalog/apiQueries.js';
import { alignByKey, apiRead, type ReadOptions } from './apiRead.js';
import { countryOf, seededCountries, type CountryDirectory } from './countryDirectory.js';

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
  const [rows, countries] = await Promise.all([apiRead('events.details', { ids: [...ids] }, options), seededCountries(options)]);
  return alignByKey(ids, rows, (r) => r.eventId, (r) => withCountries(r, countries), NO_DETAILS);
}

/**
 * An events.details row (countries as codes) with its Country objects from the directory; a
 * code that is not seeded gives a null country (INVOLVES edges always lead to seeded ones).
 */
export function withCountries(row: EventDetailsRow, countries: CountryDirectory): EventDetailsRecord {
  return {
    participants: row.participants.map((p) => ({
      person: { ...p.person, country: countryOf(countries, p.person.countryCode) },
      role: p.role,
      side: p.side,
      country: countryOf(countries, p.countryCode),
    })),
    countries: row.countries.flatMap((c) => {
      const country = countries.get(c.code);
      return country ? [{ country, side: c.side }] : [];
    }),
    place: row.place ? { ...row.place, country: countryOf(countries, row.place.countryCode) } : null,
    topics: row.topics,
    sources: row.sources,
  };
}
