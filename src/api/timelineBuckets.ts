import type { TimelineCountRecord, TimelineGranularity } from '../domain/graphRecords.js';

/** One timeline bucket as the API serves it; `byType` is most frequent first. */
export interface TimelineBucketValue {
  readonly start: string;
  readonly label: string;
  readonly count: number;
  readonly byType: readonly { readonly type: string; readonly count: number }[];
}

/** The label of the bucket starting on `start` ("2024-02", "2024-Q1", "2024"). */
export function bucketLabel(start: string, granularity: TimelineGranularity): string {
  const year = start.slice(0, 4);
  const month = Number(start.slice(5, 7));
  switch (granularity) {
    case 'YEAR':
      return year;
    case 'QUARTER':
      return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
    case 'MONTH':
      return start.slice(0, 7);
  }
}

/** Groups per-type counts (sorted by bucket start) into buckets, oldest first. */
export function toTimelineBuckets(rows: readonly TimelineCountRecord[], granularity: TimelineGranularity): TimelineBucketValue[] {
  const buckets = new Map<string, { count: number; byType: { type: string; count: number }[] }>();
  for (const row of rows) {
    const bucket = buckets.get(row.start) ?? { count: 0, byType: [] };
    bucket.count += row.count;
    bucket.byType.push({ type: row.type, count: row.count });
    buckets.set(row.start, bucket);
  }
  return [...buckets.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([start, b]) => ({ start, label: bucketLabel(start, granularity), count: b.count, byType: b.byType.sort((x, y) => y.count - x.count) }));
}
