import type { EventFilter, EventOrder, Page, PageRequest } from '../domain/eventFilter.js';
import type { EventRecord, EventWithDetails } from '../domain/graphRecords.js';
import type { MeetingAnchorKind } from './catalog/apiQueries.js';
import { apiRead, toInt, type ReadOptions } from './apiRead.js';
import { seededCountries } from './countryDirectory.js';
import { parseStoredDetails, toEventDetails } from './loadEventDetails.js';
import { toFullTextQuery } from './toFullTextQuery.js';

/**
 * Where a filter's match should start: its most selective criterion. Free text without any
 * word (only punctuation) restricts nothing.
 */
export function chooseMeetingAnchor(filter: EventFilter): { kind: MeetingAnchorKind; value: string | null } {
  if (filter.person) return { kind: 'person', value: filter.person };
  if (filter.relation) return { kind: 'relation', value: filter.relation };
  const text = filter.text ? toFullTextQuery(filter.text) : null;
  if (text) return { kind: 'text', value: text };
  if (filter.countries.length > 0) return { kind: 'country', value: filter.countries[0] ?? null };
  if (filter.organization) return { kind: 'organization', value: filter.organization };
  if (filter.topic) return { kind: 'topic', value: filter.topic };
  if (filter.from || filter.to) return { kind: 'dates', value: null };
  return { kind: 'all', value: null };
}

// The anchor already guarantees its own criterion: checking it again on every candidate
// would cost one EXISTS per event for nothing.
function baseParams(filter: EventFilter, page: PageRequest, order: EventOrder, anchor: { kind: MeetingAnchorKind; value: string | null }) {
  const anchored = (kind: MeetingAnchorKind, value: string | null) => (anchor.kind === kind && anchor.value === value ? null : value);
  return {
    countries: filter.countries.filter((c) => !(anchor.kind === 'country' && anchor.value === c)),
    relation: anchored('relation', filter.relation),
    person: anchored('person', filter.person),
    organization: anchored('organization', filter.organization),
    topic: anchored('topic', filter.topic),
    types: [...filter.types],
    status: filter.status,
    from: filter.from,
    to: filter.to,
    order,
    skip: toInt(page.offset),
    limit: toInt(page.limit),
    // Keyset paging needs the position in date order; by article count the offset serves.
    afterKey: page.after && order !== 'ARTICLE_COUNT_DESC' ? { sortDate: page.after.sortDate, id: page.after.id } : null,
  };
}

/**
 * Up to how many events of a type or status (with no period) meetings.by-date sorts to find a
 * page, rather than walk the date index until the page is full: 5,000 events sort in a few ms,
 * while a walk for a rare status passes over nearly every event (on the 100,000-event bench
 * graph, a status no event has: 606k db hits → 8). Past it, matches are dense enough for the
 * walk to stop early.
 */
export const FEW_MATCHES = 5000;

type OneAnchorKind = 'person' | 'relation' | 'country' | 'topic';
const ONE_ANCHOR_QUERY = {
  person: 'meetings.by-person',
  relation: 'meetings.by-relation',
  country: 'meetings.by-country',
  topic: 'meetings.by-topic',
} as const satisfies Record<OneAnchorKind, string>;

// The anchors with a query of their own run it (a plain expand-filter-sort, about 3x faster
// than meetings.list with the branches of every anchor); a filter with no anchor at all (only
// dates, types or a status) runs meetings.by-date, which walks the date index (or sorts the
// few events of a rare type or status); free text and organisations run meetings.list. With
// `withDetails`, each also returns the page's stored event details.
/**
 * Whether the criteria besides a country anchor leave only a period and a date order: the
 * dashboards' meetings page, which meetings.country-page answers by walking the country's date
 * index only as far as the page (meetings.by-country collects every match, ~10,000 for a
 * country over two years at a million events).
 */
function onlyPeriodInDateOrder(params: ReturnType<typeof baseParams>): boolean {
  const { countries, relation, person, organization, topic, types, status, order } = params;
  return countries.length === 0 && !relation && !person && !organization && !topic && types.length === 0 && status === null && order !== 'ARTICLE_COUNT_DESC';
}

async function readMeetings(
  kind: MeetingAnchorKind,
  anchorValues: (string | null)[],
  params: ReturnType<typeof baseParams>,
  options: ReadOptions,
  withDetails = false,
) {
  // The one-anchor queries page by keyset when the cursor gives the last event (a deep page
  // costs what the first costs, issue 14); meetings.by-date and meetings.list by offset.
  if (kind in ONE_ANCHOR_QUERY) {
    const skip = params.afterKey ? toInt(0) : params.skip;
    if (kind === 'country' && onlyPeriodInDateOrder(params)) {
      const { from, to, order, limit, afterKey } = params;
      return apiRead('meetings.country-page', { anchorValues, from, to, order, skip, limit, afterKey, withDetails }, options);
    }
    return apiRead(ONE_ANCHOR_QUERY[kind as OneAnchorKind], { anchorValues, ...params, skip, withDetails }, options);
  }
  if (kind === 'dates' || kind === 'all') {
    const { types, status, from, to, order, skip, limit } = params;
    const fewMatches = toInt(FEW_MATCHES);
    return apiRead('meetings.by-date', { anchorValues, types, status, from, to, order, skip, limit, withDetails, fewMatches }, options);
  }
  const { countries, relation, person, organization, topic, types, status, from, to, order, skip, limit } = params;
  return apiRead(
    'meetings.list',
    { anchorKind: kind, anchorValues, countries, relation, person, organization, topic, types, status, from, to, order, skip, limit, withDetails },
    options,
  );
}

/**
 * One page of the events matching `filter`, in `order`, with the number of all matches; with
 * `withDetails`, each event carries its stored details too (an event with none stored yet is
 * left to the events.details loader, which derives them).
 */
export async function listMeetings(
  filter: EventFilter,
  page: PageRequest,
  order: EventOrder,
  options: ReadOptions,
  withDetails = false,
): Promise<Page<EventWithDetails>> {
  const anchor = chooseMeetingAnchor(filter);
  const rows = await readMeetings(anchor.kind, [anchor.value], baseParams(filter, page, order, anchor), options, withDetails);
  const row = rows[0];
  if (!row) return { items: [], total: 0 };
  if (row.details.length === 0) return { items: row.items, total: row.total };
  const countries = await seededCountries(options);
  return {
    // details[i] is items[i]'s; an event with none stored yet is left to the events.details loader.
    items: row.items.map((event, i) => {
      const json = row.details[i];
      return json ? { ...event, details: toEventDetails(parseStoredDetails(json), countries) } : event;
    }),
    total: row.total,
  };
}

/**
 * The events of several persons, relations, countries, topics or organisations at once (one
 * query for a whole list of parents): `values[i]`'s page is the i-th result. `filter` adds
 * criteria that every event must also meet.
 */
export async function listMeetingsFor(
  kind: Exclude<MeetingAnchorKind, 'text' | 'dates' | 'all'>,
  values: readonly string[],
  filter: EventFilter,
  page: PageRequest,
  order: EventOrder,
  options: ReadOptions,
): Promise<Page<EventRecord>[]> {
  const text = filter.text ? toFullTextQuery(filter.text) : null;
  // A text criterion needs the full-text index, which only an anchor can use: the events of
  // each parent matching the words are then found by the text anchor plus the parent criterion.
  if (text) {
    return Promise.all(values.map((v) => listMeetings(withParent(filter, kind, v), page, order, options)));
  }
  const rows = await readMeetings(kind, [...values], baseParams(filter, page, order, { kind, value: null }), options);
  const byValue = new Map(rows.map((r) => [r.anchorValue, r]));
  return values.map((v) => {
    const row = byValue.get(v);
    return { items: row?.items ?? [], total: row?.total ?? 0 };
  });
}

function withParent(filter: EventFilter, kind: Exclude<MeetingAnchorKind, 'text' | 'dates' | 'all'>, value: string): EventFilter {
  switch (kind) {
    case 'person':
      return { ...filter, person: value };
    case 'relation':
      return { ...filter, relation: value };
    case 'country':
      return { ...filter, countries: [...new Set([...filter.countries, value])] };
    case 'topic':
      return { ...filter, topic: value };
    case 'organization':
      return { ...filter, organization: value };
  }
}
