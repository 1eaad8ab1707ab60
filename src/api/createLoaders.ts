import DataLoader from 'dataloader';
import type { EventFilter, EventOrder, Page, PageRequest } from '../domain/eventFilter.js';
import type {
  CountryCountRecord,
  CountryRecord,
  EventDetailsRecord,
  EventLinksRecord,
  EventRecord,
  OfficeRecord,
  PersonCountRecord,
  PersonRecord,
  RelationFiguresRecord,
  RelationRecord,
  TimelineCountRecord,
  TimelineGranularity,
  TopicCountRecord,
} from '../domain/graphRecords.js';
import type { ReadOptions } from '../graph/apiRead.js';
import { loadArticleTexts } from '../graph/loadArticleTexts.js';
import { loadCountries, loadOfficials, loadPartners } from '../graph/loadCountryDetails.js';
import { loadEventDetails, loadEventLinks, loadEvents } from '../graph/loadEventDetails.js';
import { loadCounterparts, loadOffices, loadPersons, type Period } from '../graph/loadPersonDetails.js';
import { loadRelationFigures, loadRelationPeople, loadRelationTopics, loadRelations, loadTimelines } from '../graph/loadRelationDetails.js';
import { listMeetingsFor } from '../graph/listMeetings.js';
import type { CorrectionRecord } from '../domain/correction.js';
import type { CountryOfficeRow } from '../graph/catalog/correctionQueries.js';
import { correctionsOfSubjects } from '../graph/corrections/listCorrections.js';
import { loadCountryOffices } from '../graph/loadCountryOffices.js';

/** Which kind of parent a nested `events` connection belongs to. */
export type EventParentKind = 'person' | 'relation' | 'country';

/** The arguments of a nested `events` connection, shared by every parent of one list. */
export interface EventsOfArgs {
  readonly kind: EventParentKind;
  readonly filter: EventFilter;
  readonly page: PageRequest;
  readonly order: EventOrder;
}

/**
 * Loaders keyed by field arguments: one DataLoader per distinct argument set, so that a field
 * asked with the same arguments on every item of a list is still one query.
 */
export type LoaderFamily<A, K, V> = (args: A) => DataLoader<K, V>;

function family<A, K, V>(make: (args: A) => DataLoader<K, V>): LoaderFamily<A, K, V> {
  const loaders = new Map<string, DataLoader<K, V>>();
  return (args) => {
    const key = JSON.stringify(args);
    let loader = loaders.get(key);
    if (!loader) loaders.set(key, (loader = make(args)));
    return loader;
  };
}

/** The per-request DataLoaders of the API: every nested field of a list costs one query. */
export interface Loaders {
  readonly event: DataLoader<string, EventRecord | null>;
  /** Participants, countries, place, topics and sources of events: one query per page. */
  readonly eventDetails: DataLoader<string, EventDetailsRecord>;
  /** The visit of events (Event.during) and the events during visits (Event.parts): one query for both. */
  readonly eventLinks: DataLoader<string, EventLinksRecord>;
  readonly person: DataLoader<string, PersonRecord | null>;
  readonly offices: DataLoader<string, OfficeRecord[]>;
  readonly country: DataLoader<string, CountryRecord | null>;
  readonly relation: DataLoader<string, RelationRecord | null>;
  readonly counterparts: LoaderFamily<Period & { limit: number }, string, PersonCountRecord[]>;
  readonly partners: LoaderFamily<Period & { limit: number }, string, CountryCountRecord[]>;
  readonly officials: LoaderFamily<{ limit: number }, string, PersonRecord[]>;
  /** Per-type counts and encounters of relations in a period (all time when open): BilateralRelation and partners. */
  readonly relationFigures: LoaderFamily<Period, string, RelationFiguresRecord>;
  readonly relationTopics: LoaderFamily<{ limit: number }, string, TopicCountRecord[]>;
  readonly relationPeople: LoaderFamily<{ limit: number }, string, PersonCountRecord[]>;
  readonly timeline: LoaderFamily<{ granularity: TimelineGranularity; from: string | null; to: string | null }, string, TimelineCountRecord[]>;
  readonly eventsOf: LoaderFamily<EventsOfArgs, string, Page<EventRecord>>;
  /** Stored article texts, for the excerpts around quotes (Source.excerpt). */
  readonly articleText: DataLoader<string, string | null>;
  /** Analysts' corrections by subject key (`event:<id>`, `person:<id>`). */
  readonly corrections: DataLoader<string, CorrectionRecord[]>;
  /** Every office of countries with its holder (officeHolders, Person.offices(on)). */
  readonly countryOffices: DataLoader<string, CountryOfficeRow[]>;
}

/** A DataLoader of `load` with the request's read options, dispatched on setImmediate. */
function batch<V>(load: (keys: readonly string[], options: ReadOptions) => Promise<V[]>, read: ReadOptions): DataLoader<string, V> {
  // Dispatching on setImmediate rather than the next microtask gathers the loads of
  // resolvers that run at different depths of one response into one batch (e.g. countries
  // of participants and of places), which keeps the query count independent of timing.
  return new DataLoader<string, V>((keys) => load(keys, read), { maxBatchSize: 1000, batchScheduleFn: (dispatch) => setImmediate(dispatch) });
}

/** How each loader is made for a request, from the request's read options. */
const MAKERS: { readonly [K in keyof Loaders]: (read: ReadOptions) => Loaders[K] } = {
  event: (read) => batch(loadEvents, read),
  eventDetails: (read) => batch(loadEventDetails, read),
  eventLinks: (read) => batch(loadEventLinks, read),
  person: (read) => batch(loadPersons, read),
  offices: (read) => batch(loadOffices, read),
  country: (read) => batch(loadCountries, read),
  relation: (read) => batch(loadRelations, read),
  counterparts: (read) => family((a) => batch((ids, o) => loadCounterparts(ids, { since: a.since, until: a.until }, a.limit, o), read)),
  partners: (read) => family((a) => batch((codes, o) => loadPartners(codes, { since: a.since, until: a.until }, a.limit, o), read)),
  officials: (read) => family((a) => batch((codes, o) => loadOfficials(codes, a.limit, o), read)),
  relationFigures: (read) => family((a) => batch((ids, o) => loadRelationFigures(ids, { since: a.since, until: a.until }, o), read)),
  relationTopics: (read) => family((a) => batch((ids, o) => loadRelationTopics(ids, a.limit, o), read)),
  relationPeople: (read) => family((a) => batch((ids, o) => loadRelationPeople(ids, a.limit, o), read)),
  timeline: (read) => family((a) => batch((ids, o) => loadTimelines(ids, a.granularity, { from: a.from, to: a.to }, o), read)),
  eventsOf: (read) => family((a) => batch((values, o) => listMeetingsFor(a.kind, values, a.filter, a.page, a.order, o), read)),
  articleText: (read) => batch(loadArticleTexts, read),
  corrections: (read) =>
    batch(async (keys, o) => {
      const byKey = await correctionsOfSubjects(keys, o);
      return keys.map((k) => byKey.get(k) ?? []);
    }, read),
  countryOffices: (read) => batch(loadCountryOffices, read),
};

/**
 * A request's loaders, each made the first time a resolver asks for it: a dashboard request
 * uses one to three of them, and making all eleven DataLoaders and eight families for every
 * request was ~1.5% of the API's CPU on a person page.
 */
class RequestLoaders {
  readonly made: { -readonly [K in keyof Loaders]?: Loaders[K] } = {};
  constructor(readonly read: ReadOptions) {}
}

// One getter per loader, defined once on the prototype rather than spelt out eighteen times.
for (const name of Object.keys(MAKERS) as (keyof Loaders)[]) {
  Object.defineProperty(RequestLoaders.prototype, name, {
    get(this: RequestLoaders) {
      return (this.made[name] ??= MAKERS[name](this.read) as never);
    },
  });
}

/** New loaders for one request; `read` carries the time budget and the query observer. */
export function createLoaders(read: ReadOptions): Loaders {
  return new RequestLoaders(read) as unknown as Loaders;
}
