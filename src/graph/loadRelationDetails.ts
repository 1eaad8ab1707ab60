import type { Page, PageRequest } from '../domain/eventFilter.js';
import type {
  PersonCountRecord,
  RankedRelationRecord,
  RelationFiguresRecord,
  RelationRecord,
  TimelineCountRecord,
  TimelineGranularity,
  TopicCountRecord,
} from '../domain/graphRecords.js';
import { alignByKey, apiRead, toInt, type ReadOptions } from './apiRead.js';
import type { Period } from './loadPersonDetails.js';
import { personCountOf, topicCountOf } from './recordTuples.js';
import { foldTimeline } from './timelineRows.js';

const byCode = (a: { code: string }, b: { code: string }) => a.code.localeCompare(b.code);
const sorted = (r: RelationRecord): RelationRecord => ({ ...r, countries: [...r.countries].sort(byCode) });

/** Relations by id ("ML-RU"); null for a pair without events. */
export async function loadRelations(ids: readonly string[], options: ReadOptions): Promise<(RelationRecord | null)[]> {
  const rows = await apiRead('relations.by-ids', { ids: [...ids] }, options);
  return alignByKey(ids, rows, (r) => r.relation.id, (r) => sorted(r.relation), null);
}

/** Relations (of one country, or all) ranked by events in the period: a page and the total. */
export async function listRelations(country: string | null, period: Period, page: PageRequest, options: ReadOptions): Promise<Page<RankedRelationRecord>> {
  const [row] = await apiRead('relations.list', { country, ...period, skip: toInt(page.offset), limit: toInt(page.limit) }, options);
  return { items: (row?.items ?? []).map((x) => ({ ...x, relation: sorted(x.relation) })), total: row?.total ?? 0 };
}

const NO_FIGURES: RelationFiguresRecord = Object.freeze({ countsByType: [], encounterCount: 0 });

/**
 * For each relation, its events in the period per type (most frequent first) and its
 * encounters (events not DURING another); all time when the period is open on both ends.
 */
export async function loadRelationFigures(ids: readonly string[], period: Period, options: ReadOptions): Promise<RelationFiguresRecord[]> {
  const rows = await apiRead('relations.figures', { ids: [...ids], ...period }, options);
  return alignByKey(ids, rows, (r) => r.relationId, (r) => ({ countsByType: r.countsByType, encounterCount: r.encounterCount }), NO_FIGURES);
}

/** For each relation, at most `limit` topics ranked by events. */
export async function loadRelationTopics(ids: readonly string[], limit: number, options: ReadOptions): Promise<TopicCountRecord[][]> {
  const rows = await apiRead('relations.topics', { ids: [...ids], limit: toInt(limit) }, options);
  return alignByKey(ids, rows, (r) => r.relationId, (r) => r.topics.map(topicCountOf), []);
}

/** For each relation, at most `limit` persons ranked by events. */
export async function loadRelationPeople(ids: readonly string[], limit: number, options: ReadOptions): Promise<PersonCountRecord[][]> {
  const rows = await apiRead('relations.people', { ids: [...ids], limit: toInt(limit) }, options);
  return alignByKey(ids, rows, (r) => r.relationId, (r) => r.people.map(personCountOf), []);
}

/** For each relation, its event counts per bucket and type between `from` and `to`, oldest first. */
export async function loadTimelines(
  ids: readonly string[],
  granularity: TimelineGranularity,
  range: { readonly from: string | null; readonly to: string | null },
  options: ReadOptions,
): Promise<TimelineCountRecord[][]> {
  const rows = await apiRead('relations.timeline', { ids: [...ids], granularity, ...range }, options);
  return alignByKey(ids, rows, (r) => r.relationId, (r) => foldTimeline(r.buckets, granularity), []);
}

/** What a relation's page asks for besides the relation: each part is read only when given. */
export interface RelationOverviewRequest {
  readonly timeline?: { readonly granularity: TimelineGranularity; readonly from: string | null; readonly to: string | null };
  readonly topicsLimit?: number;
  readonly peopleLimit?: number;
}

/** A relation with the parts of its page that were asked for (empty lists for the others). */
export interface RelationOverview {
  readonly relation: RelationRecord;
  readonly timeline: TimelineCountRecord[];
  readonly topics: TopicCountRecord[];
  readonly people: PersonCountRecord[];
}

/**
 * A relation and, in the same query, its timeline, topics and people as asked; null for a pair
 * without events. Each part equals what loadTimelines / loadRelationTopics / loadRelationPeople give.
 */
export async function loadRelationOverview(id: string, request: RelationOverviewRequest, options: ReadOptions): Promise<RelationOverview | null> {
  const [row] = await apiRead(
    'relations.overview',
    {
      id,
      granularity: request.timeline?.granularity ?? null,
      from: request.timeline?.from ?? null,
      to: request.timeline?.to ?? null,
      topicsLimit: toInt(request.topicsLimit ?? 0),
      peopleLimit: toInt(request.peopleLimit ?? 0),
    },
    options,
  );
  if (!row) return null;
  const timeline = request.timeline ? foldTimeline(row.timeline, request.timeline.granularity) : [];
  return { relation: sorted(row.relation), timeline, topics: row.topics.map(topicCountOf), people: row.people.map(personCountOf) };
}
