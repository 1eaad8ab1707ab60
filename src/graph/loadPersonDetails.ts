import type { EventOrder, Page, PageRequest } from '../domain/eventFilter.js';
import type { EventRecord, OfficeRecord, PersonCountRecord, PersonMatchRecord, PersonRecord } from '../domain/graphRecords.js';
import { alignByKey, apiRead, toInt, type ReadOptions } from './apiRead.js';
import { eventOf, personCountOf } from './recordTuples.js';
import { toFullTextQuery } from './toFullTextQuery.js';

/** A period of event dates ("YYYY-MM-DD", inclusive); null bounds are open. */
export interface Period {
  readonly since: string | null;
  readonly until: string | null;
}

/** Persons by id; null for an unknown id. */
export async function loadPersons(ids: readonly string[], options: ReadOptions): Promise<(PersonRecord | null)[]> {
  const rows = await apiRead('persons.by-ids', { ids: [...ids] }, options);
  return alignByKey(ids, rows, (r) => r.person.id, (r) => r.person, null);
}

/** Offices of each person, latest seen first. */
export async function loadOffices(ids: readonly string[], options: ReadOptions): Promise<OfficeRecord[][]> {
  const rows = await apiRead('persons.offices', { ids: [...ids] }, options);
  return alignByKey(ids, rows, (r) => r.personId, (r) => r.offices, []);
}

/** For each person, at most `limit` counterparts ranked by shared events in the period. */
export async function loadCounterparts(ids: readonly string[], period: Period, limit: number, options: ReadOptions): Promise<PersonCountRecord[][]> {
  const rows = await apiRead('persons.counterparts', { ids: [...ids], ...period, limit: toInt(limit) }, options);
  return alignByKey(ids, rows, (r) => r.personId, (r) => r.counterparts.map(personCountOf), []);
}

/** Persons by name words and/or country served: one page and the number of all matches. */
export async function listPersons(search: string | null, country: string | null, page: PageRequest, options: ReadOptions): Promise<Page<PersonMatchRecord>> {
  const query = search ? toFullTextQuery(search) : null;
  if (search && !query) return { items: [], total: 0 };
  const [row] = await apiRead('persons.list', { search: query, country, skip: toInt(page.offset), limit: toInt(page.limit) }, options);
  return { items: row?.items ?? [], total: row?.total ?? 0 };
}

/** What a person's page asks for beside the person: its counterparts and a page of its events (either may be absent). */
export interface PersonPageRequest {
  readonly counterparts?: Period & { readonly limit: number };
  readonly events?: { readonly page: PageRequest; readonly order: EventOrder };
}

/** A person with the parts its page asked for; null for an unknown id. */
export interface PersonPage {
  readonly person: PersonRecord;
  readonly counterparts: PersonCountRecord[];
  readonly events: Page<EventRecord>;
}

/**
 * A person, its offices, counterparts and one page of its events in one query (persons.page):
 * a person's page is one round trip. Events in date order are keyset-paged when the page
 * request carries `after`.
 */
export async function loadPersonPage(id: string, request: PersonPageRequest, options: ReadOptions): Promise<PersonPage | null> {
  const events = request.events;
  const keyset = events?.page.after && events.order !== 'ARTICLE_COUNT_DESC' ? events.page.after : null;
  const [row] = await apiRead(
    'persons.page',
    {
      id,
      since: request.counterparts?.since ?? null,
      until: request.counterparts?.until ?? null,
      counterpartLimit: toInt(request.counterparts?.limit ?? 0),
      eventLimit: toInt(events?.page.limit ?? 0),
      order: events?.order ?? 'DATE_DESC',
      skip: toInt(keyset || !events ? 0 : events.page.offset),
      afterKey: keyset ? { sortDate: keyset.sortDate, id: keyset.id } : null,
    },
    options,
  );
  if (!row) return null;
  return { person: row.person, counterparts: row.counterparts.map(personCountOf), events: { items: row.events.map(eventOf), total: row.eventTotal } };
}
