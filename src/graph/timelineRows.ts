import type { EventType } from '../domain/extraction.js';
import type { TimelineCountRecord, TimelineGranularity } from '../domain/graphRecords.js';

/**
 * One relation-type tally bucket as relations.overview and relations.timeline return it: its
 * year, event type and the number of its events in each of the 12 months that fall in the
 * asked range (null when the bucket holds no month counts: it counts nothing).
 */
export type TimelineBucketRow = readonly [year: number, type: EventType, months: readonly number[] | null];

/** The first month (1–12) of the timeline bucket month `m` falls in. */
function bucketMonth(m: number, granularity: TimelineGranularity): number {
  if (granularity === 'YEAR') return 1;
  if (granularity === 'QUARTER') return 3 * Math.floor((m - 1) / 3) + 1;
  return m;
}

/** A year as Neo4j (java.time) writes it in an ISO date: four digits, a sign past them. */
function isoYear(year: number): string {
  const digits = String(Math.abs(year)).padStart(4, '0');
  return year < 0 ? `-${digits}` : year > 9999 ? `+${digits}` : digits;
}

/**
 * Sums tally buckets into a timeline's per-type counts, one per calendar bucket (month,
 * quarter or year) and type with events, ordered by bucket start, then count (most first), then
 * type: what the queries summed and sorted themselves before (the same records, the same order).
 */
export function foldTimeline(rows: readonly TimelineBucketRow[], granularity: TimelineGranularity): TimelineCountRecord[] {
  const sums = new Map<string, { year: number; month: number; type: EventType; count: number }>();
  for (const [year, type, months] of rows) {
    if (!months) continue;
    for (let m = 1; m <= 12; m++) {
      const n = months[m - 1] ?? 0;
      if (!(n > 0)) continue;
      const month = bucketMonth(m, granularity);
      const key = `${year}|${month}|${type}`;
      const sum = sums.get(key);
      if (sum) sum.count += n;
      else sums.set(key, { year, month, type, count: n });
    }
  }
  return [...sums.values()]
    .sort((a, b) => a.year - b.year || a.month - b.month || b.count - a.count || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0))
    .map(({ year, month, type, count }) => ({ start: `${isoYear(year)}-${String(month).padStart(2, '0')}-01`, type, count }));
}
