import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, encodeEventCursor, toPageInfo, toPageRequest } from '../../../src/api/connection.js';
import { toPartialDate } from '../../../src/api/partialDate.js';
import { bucketLabel, toTimelineBuckets } from '../../../src/api/timelineBuckets.js';
import { InvalidInputError } from '../../../src/domain/errors.js';

describe('toPartialDate', () => {
  it.each([
    ['2024-02-28', 'day', { value: '2024-02-28', precision: 'DAY', year: 2024, month: 2, day: 28 }],
    ['--02-28', 'month-day', { value: '--02-28', precision: 'MONTH_DAY', year: null, month: 2, day: 28 }],
    ['2024-02', 'month', { value: '2024-02', precision: 'MONTH', year: 2024, month: 2, day: null }],
    ['2024', 'year', { value: '2024', precision: 'YEAR', year: 2024, month: null, day: null }],
    ['--02-28', null, { value: '--02-28', precision: 'MONTH_DAY', year: null, month: 2, day: 28 }],
  ] as const)('%s (%s) keeps exactly what is known', (date, precision, expected) => {
    expect(toPartialDate(date, precision)).toEqual(expected);
  });

  it.each([null, '', 'yesterday', '28/02/2024'])('%j gives no date rather than a guess', (date) => {
    expect(toPartialDate(date, 'day')).toBeNull();
  });
});

describe('cursors and pages', () => {
  it('round-trips positions and starts the next page after the cursor', () => {
    expect(decodeCursor(encodeCursor(41))).toEqual({ position: 41, after: null });
    expect(toPageRequest(10, encodeCursor(9), 100)).toEqual({ offset: 10, limit: 10, after: null });
    expect(toPageRequest(undefined, null, 100)).toEqual({ offset: 0, limit: 20 });
  });

  it.each([
    [0, null],
    [101, null],
    [10, 'garbage'],
    [10, Buffer.from('offset:-1').toString('base64url')],
    [10, Buffer.from('event:3:last tuesday:ev-1').toString('base64url')],
    [10, Buffer.from('event:x:2024-01-02:ev-1').toString('base64url')],
    [10, Buffer.from('event:3:2024-01-02:').toString('base64url')],
  ])('refuses first=%j after=%j as invalid input', (first, after) => {
    expect(() => toPageRequest(first, after, 100)).toThrow(InvalidInputError);
  });

  it.each([
    ['a dated event', { sortDate: '2024-02-28', id: 'ev-a:b' }],
    ['an event with an unknown year', { sortDate: null, id: 'ev-undated' }],
  ])('carries %s in an event cursor, so the next page starts just after it', (_, event) => {
    const cursor = encodeEventCursor(19, event);
    expect(decodeCursor(cursor)).toEqual({ position: 19, after: event });
    expect(toPageRequest(5, cursor, 100)).toEqual({ offset: 20, limit: 5, after: event });
  });

  it('tells whether pages exist around a page', () => {
    expect(toPageInfo({ page: { items: ['a', 'b'], total: 5 }, offset: 2 })).toEqual({
      hasNextPage: true,
      hasPreviousPage: true,
      startCursor: encodeCursor(2),
      endCursor: encodeCursor(3),
    });
    expect(toPageInfo({ page: { items: [], total: 0 }, offset: 0 })).toMatchObject({ hasNextPage: false, startCursor: null });
  });
});

describe('timeline buckets', () => {
  it.each([
    ['2024-04-01', 'MONTH', '2024-04'],
    ['2024-04-01', 'QUARTER', '2024-Q2'],
    ['2024-10-01', 'QUARTER', '2024-Q4'],
    ['2024-01-01', 'YEAR', '2024'],
  ] as const)('%s in a %s timeline is labelled %s', (start, granularity, label) => {
    expect(bucketLabel(start, granularity)).toBe(label);
  });

  it('sums types per bucket, oldest first, most frequent type first', () => {
    const buckets = toTimelineBuckets(
      [
        { start: '2024-02-01', type: 'visit', count: 1 },
        { start: '2024-01-01', type: 'meeting', count: 2 },
        { start: '2024-02-01', type: 'meeting', count: 3 },
      ],
      'MONTH',
    );
    expect(buckets).toEqual([
      { start: '2024-01-01', label: '2024-01', count: 2, byType: [{ type: 'meeting', count: 2 }] },
      { start: '2024-02-01', label: '2024-02', count: 4, byType: [{ type: 'meeting', count: 3 }, { type: 'visit', count: 1 }] },
    ]);
  });
});
