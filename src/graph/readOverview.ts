import type { SearchHitRecord, StatsRecord, TopicCountRecord } from '../domain/graphRecords.js';
import { apiRead, toInt, type ReadOptions } from './apiRead.js';
import type { Period } from './loadPersonDetails.js';
import { toFullTextQuery } from './toFullTextQuery.js';

/** Counts over the whole graph. */
export async function readOverview(options: ReadOptions): Promise<StatsRecord> {
  const [row] = await apiRead('stats.overview', {}, options);
  if (!row) throw new Error('stats.overview returned no row');
  return row;
}

/** Every topic with its number of events in the period, most discussed first. */
export async function listTopics(period: Period, options: ReadOptions): Promise<TopicCountRecord[]> {
  return apiRead('topics.list', { ...period }, options);
}

/** Full-text hits over persons, organisations, places, countries (last word as a prefix) and article titles (whole words), best first. */
export async function searchEntities(text: string, limit: number, options: ReadOptions): Promise<SearchHitRecord[]> {
  const query = toFullTextQuery(text);
  if (!query) return [];
  const titles = toFullTextQuery(text, { wholeWords: true });
  const rows = await apiRead('search.entities', { text: query, titles, limit: toInt(limit) }, options);
  return rows as SearchHitRecord[];
}
