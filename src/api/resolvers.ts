import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import { CountryCodeResolver, DateResolver, DateTimeResolver } from 'graphql-scalars';
import type { Article } from '../domain/article.js';
import { InvalidInputError } from '../domain/errors.js';
import type {
  EventDetailsRecord,
  EventRecord,
  EventWithDetails,
  RelationFiguresRecord,
  SearchHitRecord,
  TimelineGranularity,
} from '../domain/graphRecords.js';
import { articleId } from '../domain/ids.js';
import type { Period } from '../graph/loadPersonDetails.js';
import { listMeetings } from '../graph/listMeetings.js';
import { listPersons, loadPersonPage } from '../graph/loadPersonDetails.js';
import { listRelations, loadRelationOverview, type RelationOverviewRequest } from '../graph/loadRelationDetails.js';
import { listTopics, readOverview, searchEntities } from '../graph/readOverview.js';
import type { ApiContext } from './apiContext.js';
import { encodeCursor, encodeEventCursor, toEdges, toEventPageInfo, toPageInfo, toPageRequest, type ConnectionValue } from './connection.js';
import type { EventParentKind } from './createLoaders.js';
import type {
  ArticleInput,
  CorrectionKind as CorrectionKindEnum,
  HoldingBasis as HoldingBasisEnum,
  EventFilter as EventFilterInput,
  EventOrder as EventOrderInput,
  EventStatus as EventStatusEnum,
  EventType as EventTypeEnum,
  Resolvers,
  Side as SideEnum,
} from './generated/resolvers.js';
import { toPartialDate } from './partialDate.js';
import { CANONICAL_POSTS, canonicalPost } from '../domain/canonicalPost.js';
import { subjectKey } from '../domain/correction.js';
import { correctionMutations, correctionsPage } from './correctionResolvers.js';
import { officeHolders, officesOn } from './officeHoldings.js';
import { toExcerpt } from './toExcerpt.js';
import { argumentValues, selectedFields, selectsAny } from './selection.js';
import { personPagePlan } from './personPageRequest.js';
import { toTimelineBuckets } from './timelineBuckets.js';
import { toCountryCode, toEventFilter, toEventOrder, toIsoDate, toRelationId } from './toEventFilter.js';

/** At most this many articles per ingestArticles call, so one request stays one bounded job. */
export const MAX_INGEST_ARTICLES = 1000;
/** The Event fields read by events.details: a page selecting any of them reads them along. */
const EVENT_DETAIL_FIELDS: ReadonlySet<string> = new Set(['participants', 'countries', 'place', 'topics', 'sources']);

/** At most this many items in ranked lists that are not connections (partners, topics…). */
const MAX_RANKED = 100;
/** Largest `context` of Source.excerpt, in characters on each side. */
const MAX_EXCERPT_CONTEXT = 1000;

const upper = <T extends string>(value: string) => value.toUpperCase() as T;
const upperOrNull = <T extends string>(value: string | null) => (value === null ? null : upper<T>(value));

function period(since: Date | null | undefined, until: Date | null | undefined): Period {
  const p = { since: toIsoDate(since), until: toIsoDate(until) };
  if (p.since && p.until && p.since > p.until) throw new InvalidInputError(`since (${p.since}) is after until (${p.until})`);
  return p;
}

function ranked(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_RANKED) throw new InvalidInputError(`first must be between 1 and ${MAX_RANKED}, got ${first}`);
  return first;
}

/** The events connection of a person, relation or country, batched across the parents of a list. */
async function eventsOf(
  kind: EventParentKind,
  key: string,
  args: { filter?: EventFilterInput | null; first?: number | null; after?: string | null; orderBy?: EventOrderInput | null },
  ctx: ApiContext,
): Promise<ConnectionValue<EventRecord>> {
  const page = toPageRequest(args.first, args.after, ctx.maxPageSize);
  const result = await ctx.loaders.eventsOf({ kind, filter: toEventFilter(args.filter), page, order: toEventOrder(args.orderBy) }).load(key);
  return { page: result, offset: page.offset };
}

/**
 * The timeline, topics and people a bilateralRelation selection asks for (the first of each),
 * with their arguments as the field resolvers will see them; null when none is asked. A part
 * whose arguments are invalid is left out: its own resolver reports the error.
 */
function relationOverviewRequest(info: GraphQLResolveInfo): RelationOverviewRequest | null {
  const type = info.schema.getType('BilateralRelation');
  if (!type || !('getFields' in type)) return null;
  const defs = type.getFields();
  const fields = selectedFields(info, []);
  const argsOf = (name: 'timeline' | 'topics' | 'people'): Record<string, unknown> | null => {
    const node = fields.find((f) => f.name.value === name);
    const def = defs[name];
    if (!node || !def || !('args' in def)) return null;
    try {
      return argumentValues(def.args, node, info.variableValues);
    } catch {
      return null;
    }
  };
  const limitOf = (args: Record<string, unknown> | null) => {
    const first = args?.['first'];
    return typeof first === 'number' && Number.isInteger(first) && first >= 1 && first <= MAX_RANKED ? first : undefined;
  };
  const request: { -readonly [K in keyof RelationOverviewRequest]: RelationOverviewRequest[K] } = {};
  const timeline = argsOf('timeline');
  if (timeline) {
    // Built exactly as the timeline resolver builds its loader's arguments (the loader key).
    const range = { from: toIsoDate(timeline['from'] as Date | null | undefined), to: toIsoDate(timeline['to'] as Date | null | undefined) };
    const granularity = timeline['granularity'] as TimelineGranularity;
    if (!(range.from && range.to && range.from > range.to)) request.timeline = { granularity, ...range };
  }
  const topicsLimit = limitOf(argsOf('topics'));
  if (topicsLimit !== undefined) request.topicsLimit = topicsLimit;
  const peopleLimit = limitOf(argsOf('people'));
  if (peopleLimit !== undefined) request.peopleLimit = peopleLimit;
  return Object.keys(request).length > 0 ? request : null;
}

function toArticle(input: ArticleInput, index: number): Article {
  const text = input.text;
  if (!text.trim()) throw new InvalidInputError(`articles[${index}] has an empty text`);
  if (input.published && Number.isNaN(Date.parse(input.published))) {
    throw new InvalidInputError(`articles[${index}].published is not an ISO 8601 date: "${input.published}"`);
  }
  return {
    id: articleId(input.id ?? null, input.url ?? null, text),
    url: input.url ?? null,
    title: input.title ?? null,
    published: input.published ?? null,
    language: input.language?.toLowerCase() ?? null,
    author: input.author ?? null,
    source: input.source ?? `api:${index}`,
    text,
  };
}

/** One part of an event's details: from the event when its page read them, else batched. */
function detailOf<K extends keyof EventDetailsRecord>(event: EventWithDetails, key: K, ctx: ApiContext): EventDetailsRecord[K] | Promise<EventDetailsRecord[K]> {
  return event.details ? event.details[key] : ctx.loaders.eventDetails.load(event.id).then((d) => d[key]);
}

/** Per-type counts as the schema's TypeCount (enum values in upper case). */
function typeCounts(counts: readonly { readonly type: string; readonly count: number }[]): { type: EventTypeEnum; count: number }[] {
  return counts.map((t) => ({ type: upper<EventTypeEnum>(t.type), count: t.count }));
}

const ALL_TIME: Period = { since: null, until: null };

/** A relation's per-type counts and encounters in a period, batched over the relations of a response. */
function figuresOf(relationId: string, p: Period, ctx: ApiContext): Promise<RelationFiguresRecord> {
  return ctx.loaders.relationFigures({ since: p.since, until: p.until }).load(relationId);
}

const TYPENAMES = { PERSON: 'Person', ORGANIZATION: 'Organization', PLACE: 'Place', COUNTRY: 'Country', ARTICLE: 'Article' } as const;

/** The resolvers of schema/schema.graphql, typed by the generated Resolvers type. */
export const resolvers: Resolvers = {
  Date: DateResolver,
  DateTime: DateTimeResolver,
  CountryCode: CountryCodeResolver,

  Query: {
    meetings: async (_, args, ctx, info) => {
      const page = toPageRequest(args.first, args.after, ctx.maxPageSize);
      // A page whose events' details are asked for reads them in the page's own query and
      // hands them to its events, whose resolvers then answer synchronously: no query, and
      // no promise per field (a page of 20 events had 100).
      const withDetails = selectsAny(info, ['edges', 'node'], EVENT_DETAIL_FIELDS);
      const result = await listMeetings(toEventFilter(args.filter), page, toEventOrder(args.orderBy), ctx.read, withDetails);
      return { page: result, offset: page.offset };
    },
    event: (_, { id }, ctx) => ctx.loaders.event.load(id),
    bilateralRelation: async (_, { a, b }, ctx, info) => {
      const id = toRelationId(a, b);
      const request = relationOverviewRequest(info);
      if (!request) return ctx.loaders.relation.load(id);
      // The relation's timeline, topics and people read in the relation's own query; their
      // loaders are primed, so the field resolvers find them without a query of their own.
      const overview = await loadRelationOverview(id, request, ctx.read);
      ctx.loaders.relation.prime(id, overview?.relation ?? null);
      if (overview) {
        if (request.timeline) ctx.loaders.timeline(request.timeline).prime(id, overview.timeline);
        if (request.topicsLimit !== undefined) ctx.loaders.relationTopics({ limit: request.topicsLimit }).prime(id, overview.topics);
        if (request.peopleLimit !== undefined) ctx.loaders.relationPeople({ limit: request.peopleLimit }).prime(id, overview.people);
      }
      return overview?.relation ?? null;
    },
    relations: async (_, args, ctx) => {
      const page = toPageRequest(args.first, args.after, ctx.maxPageSize);
      const country = args.country ? toCountryCode(args.country) : null;
      return { page: await listRelations(country, period(args.since, args.until), page, ctx.read), offset: page.offset };
    },
    country: (_, { code }, ctx) => ctx.loaders.country.load(toCountryCode(code)),
    person: async (_, { id }, ctx, info) => {
      const plan = personPagePlan(info, ctx.maxPageSize, MAX_RANKED);
      if (!plan.counterpartsKey && !plan.eventsKey) return ctx.loaders.person.load(id);
      // The person's counterparts and events read in the person's own query (one round trip);
      // their loaders are primed, so the field resolvers find them without a query of their own.
      const page = await loadPersonPage(id, plan.request, ctx.read);
      ctx.loaders.person.prime(id, page?.person ?? null);
      if (page && plan.counterpartsKey) ctx.loaders.counterparts(plan.counterpartsKey).prime(id, page.counterparts);
      if (page && plan.eventsKey) ctx.loaders.eventsOf(plan.eventsKey).prime(id, page.events);
      return page?.person ?? null;
    },
    persons: async (_, args, ctx) => {
      const page = toPageRequest(args.first, args.after, ctx.maxPageSize);
      const search = args.search?.trim() || null;
      const country = args.country ? toCountryCode(args.country) : null;
      return { page: await listPersons(search, country, page, ctx.read), offset: page.offset };
    },
    topics: (_, args, ctx) => listTopics(period(args.since, args.until), ctx.read),
    search: (_, { text, first }, ctx) => {
      if (!text.trim()) throw new InvalidInputError('search text is empty');
      return searchEntities(text, ranked(first), ctx.read);
    },
    stats: (_, __, ctx) => readOverview(ctx.read),
    corrections: (_, args, ctx) => correctionsPage(args, ctx),
    officeHolders: (_, args, ctx) => officeHolders(toCountryCode(args.country), args.office, toIsoDate(args.on) ?? '', ctx),
    posts: () => [...CANONICAL_POSTS],
  },

  Mutation: {
    ingestArticles: async (_, { articles }, ctx) => {
      if (!ctx.canWrite) {
        throw new GraphQLError('ingestArticles requires the API token (Authorization: Bearer <DIPLOGRAPH_API_TOKEN>)', {
          extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
        });
      }
      if (articles.length === 0 || articles.length > MAX_INGEST_ARTICLES) {
        throw new InvalidInputError(`ingestArticles takes 1 to ${MAX_INGEST_ARTICLES} articles, got ${articles.length}`);
      }
      return ctx.ingestArticles(articles.map(toArticle));
    },
    ...correctionMutations,
  },
  CorrectionConnection: { edges: toEdges, pageInfo: toPageInfo, totalCount: (c) => c.page.total },
  CorrectionEdge: { cursor: (e) => encodeCursor(e.position), node: (e) => e.node },
  Correction: { kind: (c) => upper<CorrectionKindEnum>(c.kind) },
  Office: { post: (o) => canonicalPost(o.title) },
  OfficeHolding: { basis: (h) => upper<HoldingBasisEnum>(h.basis) },

  EventConnection: { edges: toEdges, pageInfo: toEventPageInfo, totalCount: (c) => c.page.total },
  EventEdge: { cursor: (e) => encodeEventCursor(e.position, e.node), node: (e) => e.node },
  PersonConnection: { edges: toEdges, pageInfo: toPageInfo, totalCount: (c) => c.page.total },
  PersonEdge: {
    cursor: (e) => encodeCursor(e.position),
    node: (e) => e.node.person,
    eventCount: (e) => e.node.eventCount,
    score: (e) => e.node.score,
  },
  RelationConnection: { edges: toEdges, pageInfo: toPageInfo, totalCount: (c) => c.page.total },
  RelationEdge: {
    cursor: (e) => encodeCursor(e.position),
    node: (e) => e.node.relation,
    eventCount: (e) => e.node.eventCount,
  },

  Event: {
    type: (e) => upper<EventTypeEnum>(e.type),
    status: (e) => upper<EventStatusEnum>(e.status),
    date: (e) => toPartialDate(e.date, e.datePrecision),
    participants: (e, _, ctx) => detailOf(e, 'participants', ctx),
    countries: (e, _, ctx) => detailOf(e, 'countries', ctx),
    place: (e, _, ctx) => detailOf(e, 'place', ctx),
    topics: (e, _, ctx) => detailOf(e, 'topics', ctx),
    sources: (e, _, ctx) => detailOf(e, 'sources', ctx),
    corrections: (e, _, ctx) => ctx.loaders.corrections.load(subjectKey('event', e.id)),
    during: async (e, _, ctx) => (await ctx.loaders.eventLinks.load(e.id)).during,
    parts: async (e, _, ctx) => [...(await ctx.loaders.eventLinks.load(e.id)).parts],
  },
  Participant: {
    side: (p) => upperOrNull<SideEnum>(p.side),
  },
  EventCountry: { side: (c) => upperOrNull<SideEnum>(c.side) },
  Source: {
    excerpt: async (s, { context }, ctx) => {
      if (!Number.isInteger(context) || context < 0 || context > MAX_EXCERPT_CONTEXT) {
        throw new InvalidInputError(`context must be between 0 and ${MAX_EXCERPT_CONTEXT}, got ${context}`);
      }
      if (s.start === null || s.end === null) return null;
      const text = await ctx.loaders.articleText.load(s.article.id);
      return text === null ? null : toExcerpt(text, s.quote, s.start, s.end, context);
    },
  },
  Person: {
    country: (p, _, ctx) => (p.country !== undefined ? p.country : p.countryCode ? ctx.loaders.country.load(p.countryCode) : null),
    offices: async (p, { on }, ctx) => {
      const offices = p.offices ? [...p.offices] : await ctx.loaders.offices.load(p.id);
      return on ? officesOn(p.id, offices, toIsoDate(on) ?? '', ctx) : offices;
    },
    corrections: (p, _, ctx) => ctx.loaders.corrections.load(subjectKey('person', p.id)),
    events: (p, args, ctx) => eventsOf('person', p.id, args, ctx),
    counterparts: (p, args, ctx) =>
      ctx.loaders.counterparts({ ...period(args.since, args.until), limit: ranked(args.first) }).load(p.id),
  },
  Place: {
    country: (p, _, ctx) => (p.country !== undefined ? p.country : p.countryCode ? ctx.loaders.country.load(p.countryCode) : null),
  },
  Country: {
    // Only the directory of seeded countries reads the numeric code: a country from another
    // query is looked up there (no query once the directory is read).
    isoNumeric: async (c, _, ctx) => (c.isoNumeric !== undefined ? c.isoNumeric : ((await ctx.loaders.country.load(c.code))?.isoNumeric ?? null)),
    partners: (c, args, ctx) => ctx.loaders.partners({ ...period(args.since, args.until), limit: ranked(args.first) }).load(c.code),
    officials: (c, args, ctx) => ctx.loaders.officials({ limit: ranked(args.first) }).load(c.code),
    events: (c, args, ctx) => eventsOf('country', c.code, args, ctx),
  },
  CountryCount: {
    countsByType: async (c, _, ctx) => typeCounts((await figuresOf(c.relationId, c, ctx)).countsByType),
    encounterCount: async (c, _, ctx) => (await figuresOf(c.relationId, c, ctx)).encounterCount,
  },
  BilateralRelation: {
    countsByType: async (r, _, ctx) => typeCounts((await figuresOf(r.id, ALL_TIME, ctx)).countsByType),
    encounterCount: async (r, _, ctx) => (await figuresOf(r.id, ALL_TIME, ctx)).encounterCount,
    events: (r, args, ctx) => eventsOf('relation', r.id, args, ctx),
    topics: (r, args, ctx) => ctx.loaders.relationTopics({ limit: ranked(args.first) }).load(r.id),
    people: (r, args, ctx) => ctx.loaders.relationPeople({ limit: ranked(args.first) }).load(r.id),
    timeline: async (r, args, ctx) => {
      const range = { from: toIsoDate(args.from), to: toIsoDate(args.to) };
      if (range.from && range.to && range.from > range.to) throw new InvalidInputError(`from (${range.from}) is after to (${range.to})`);
      const rows = await ctx.loaders.timeline({ granularity: args.granularity, ...range }).load(r.id);
      return toTimelineBuckets(rows, args.granularity);
    },
  },
  TimelineBucket: { byType: (b) => typeCounts(b.byType) },
  Stats: { eventsByType: (s) => typeCounts(s.eventsByType) },
  SearchHit: {
    entity: (h: SearchHitRecord) => ({ ...h.entity, __typename: TYPENAMES[h.kind] }) as never,
  },
  SearchResult: {
    __resolveType: (entity) => (entity as unknown as { __typename: (typeof TYPENAMES)[keyof typeof TYPENAMES] }).__typename,
  },
};
