import type { EventDetailsRecord, EventLinksRecord, EventRecord } from '../domain/graphRecords.js';
import type { EventDetailsTuple } from './catalog/apiQueries.js';
import { alignByKey, apiRead, type ReadOptions } from './apiRead.js';
import { countryOf, seededCountries, type CountryDirectory } from './countryDirectory.js';

// Batch loaders of events: each takes the event ids of a whole request and answers in the
// same order with one query (DataLoader's contract).

/** Events by id; null for an unknown id. */
export async function loadEvents(ids: readonly string[], options: ReadOptions): Promise<(EventRecord | null)[]> {
  const rows = await apiRead('events.by-ids', { ids: [...ids] }, options);
  return alignByKey(ids, rows, (r) => r.event.id, (r) => r.event, null);
}

const NO_LINKS: EventLinksRecord = Object.freeze({ during: null, parts: [] });

/** For each event, the visit it took place during and the events that took place during it. */
export async function loadEventLinks(ids: readonly string[], options: ReadOptions): Promise<EventLinksRecord[]> {
  const rows = await apiRead('events.visit-links', { ids: [...ids] }, options);
  return alignByKey(ids, rows, (r) => r.id, (r) => ({ during: r.during, parts: r.parts }), NO_LINKS);
}

const NO_DETAILS: EventDetailsRecord = Object.freeze({ participants: [], countries: [], place: null, topics: [], sources: [] });

/**
 * Participants, countries, place, topics and sources of each event, as the writer stored them,
 * in one query. Those of events no writer stored them on yet (a graph `db migrate` has not
 * brought up to date) are derived from the graph, in a second query.
 */
export async function loadEventDetails(ids: readonly string[], options: ReadOptions): Promise<EventDetailsRecord[]> {
  const [rows, countries] = await Promise.all([apiRead('events.details', { ids: [...ids] }, options), seededCountries(options)]);
  const tuples = new Map<string, EventDetailsTuple>();
  const unstored: string[] = [];
  for (const { id, detailsJson } of rows) {
    if (detailsJson === null) unstored.push(id);
    else tuples.set(id, parseStoredDetails(detailsJson));
  }
  if (unstored.length > 0) {
    for (const { details } of await apiRead('events.derive-details', { ids: unstored }, options)) tuples.set(details[0], details);
  }
  return ids.map((id) => {
    const tuple = tuples.get(id);
    return tuple ? toEventDetails(tuple, countries) : NO_DETAILS;
  });
}

/** An event's details from the JSON text the writer stored (Event.detailsJson). */
export function parseStoredDetails(json: string): EventDetailsTuple {
  return JSON.parse(json) as EventDetailsTuple;
}

/**
 * An event's details as the queries return them (positional lists, countries as codes) with
 * its Country objects from the directory; a code that is not seeded gives a null country
 * (INVOLVES edges always lead to seeded ones).
 */
export function toEventDetails(tuple: EventDetailsTuple, countries: CountryDirectory): EventDetailsRecord {
  const [, participants, eventCountries, place, topics, sources] = tuple;
  return {
    participants: participants.map(([id, name, aliases, personCountry, role, side, country]) => ({
      person: { id, name, aliases, countryCode: personCountry, country: countryOf(countries, personCountry) },
      role,
      side,
      country: countryOf(countries, country),
    })),
    countries: eventCountries.flatMap(([code, side]) => {
      const country = countries.get(code);
      return country ? [{ country, side }] : [];
    }),
    place: place ? { id: place[0], name: place[1], countryCode: place[2], country: countryOf(countries, place[2]) } : null,
    topics: topics.map(([id, label, labelFr, context, broader]) => ({ id, label, labelFr, context, broader })),
    sources: sources.map(([id, url, title, source, author, language, published, ingestedAt, quote, start, end, confidence, rule]) => ({
      article: { id, url, title, source, author, published, language, ingestedAt },
      quote,
      start,
      end,
      confidence,
      rule,
    })),
  };
}
