import { describe, expect, it } from 'vitest';
import { foldTimeline, type TimelineBucketRow } from '../../../src/graph/timelineRows.js';

const months = (counts: Record<number, number>) => Array.from({ length: 12 }, (_, i) => counts[i + 1] ?? 0);

describe('foldTimeline', () => {
  // Two years of buckets: meetings (two buckets of 2023, e.g. encounters and not), calls.
  const rows: TimelineBucketRow[] = [
    [2023, 'meeting', months({ 1: 2, 2: 1, 12: 1 })],
    [2023, 'phone_call', months({ 2: 3 })],
    [2022, 'visit', months({ 7: 1 })],
    [2023, 'meeting', months({ 3: 1 })],
    [2023, 'agreement', months({ 1: 1, 3: 3 })],
  ];

  it('sums months into calendar buckets, oldest first, most frequent type first, ties by type', () => {
    expect(foldTimeline(rows, 'QUARTER')).toEqual([
      { start: '2022-07-01', type: 'visit', count: 1 },
      { start: '2023-01-01', type: 'agreement', count: 4 },
      { start: '2023-01-01', type: 'meeting', count: 4 },
      { start: '2023-01-01', type: 'phone_call', count: 3 },
      { start: '2023-10-01', type: 'meeting', count: 1 },
    ]);
    expect(foldTimeline(rows, 'YEAR')).toEqual([
      { start: '2022-01-01', type: 'visit', count: 1 },
      { start: '2023-01-01', type: 'meeting', count: 5 },
      { start: '2023-01-01', type: 'agreement', count: 4 },
      { start: '2023-01-01', type: 'phone_call', count: 3 },
    ]);
    expect(foldTimeline(rows, 'MONTH')).toEqual([
      { start: '2022-07-01', type: 'visit', count: 1 },
      { start: '2023-01-01', type: 'meeting', count: 2 },
      { start: '2023-01-01', type: 'agreement', count: 1 },
      { start: '2023-02-01', type: 'phone_call', count: 3 },
      { start: '2023-02-01', type: 'meeting', count: 1 },
      { start: '2023-03-01', type: 'agreement', count: 3 },
      { start: '2023-03-01', type: 'meeting', count: 1 },
      { start: '2023-12-01', type: 'meeting', count: 1 },
    ]);
  });

  it('writes starts as Neo4j writes a date (toString(date({year, month})))', () => {
    const starts = (year: number) => foldTimeline([[year, 'meeting', months({ 2: 1 })]], 'MONTH').map((r) => r.start);
    expect([starts(2024), starts(999), starts(10000), starts(-1)]).toEqual([['2024-02-01'], ['0999-02-01'], ['+10000-02-01'], ['-0001-02-01']]);
  });

  it('gives nothing for buckets without counts or with none in the range', () => {
    expect(foldTimeline([[2021, 'meeting', null], [2021, 'visit', months({})]], 'MONTH')).toEqual([]);
    expect(foldTimeline([], 'YEAR')).toEqual([]);
  });
});
