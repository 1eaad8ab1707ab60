import { describe, expect, it } from 'vitest';
import { datesCompatible, eventMergeKey, findSameEvent, newEventId, sortDate } from '../../../../ingest/writer/eventIdentity.js';

describe('event identity', () => {
  it('keys by type and participants, in any order, else by countries', () => {
    expect(eventMergeKey('meeting', ['b', 'a'], ['RU'])).toBe(eventMergeKey('meeting', ['a', 'b'], ['ML']));
    expect(eventMergeKey('meeting', ['a', 'b'], [])).not.toBe(eventMergeKey('phone_call', ['a', 'b'], []));
    expect(eventMergeKey('meeting', [], ['RU', 'ML'])).toBe('meeting|c:ML,RU');
  });

  it.each([
    ['2024-02-28', '2024-02-29', true],
    ['2024-02-28', '2024-03-01', false],
    ['2024-12-31', '2025-01-01', true],
    ['--02-28', '2024-02-28', true],
    ['--02-28', '2023-02-27', true],
    ['--02-28', '2024-06-10', false],
    ['--12-31', '--01-01', true],
    ['2024-02', '2024-02-28', true],
    ['2024-02', '2024-03-01', false],
    [null, null, true],
    [null, '2024-02-28', false],
  ])('%s and %s compatible: %s', (a, b, expected) => {
    expect(datesCompatible(a, b)).toBe(expected);
    expect(datesCompatible(b, a)).toBe(expected);
  });

  it('finds the earlier report of the same encounter only', () => {
    const key = eventMergeKey('meeting', ['a', 'b'], []);
    const seen = [{ id: 'e1', mergeKey: key, date: '2024-02-28', datePrecision: 'day' }];
    expect(findSameEvent(key, '2024-02-28', seen)?.id).toBe('e1');
    expect(findSameEvent(key, '2024-05-01', seen)).toBeNull();
    expect(findSameEvent(eventMergeKey('visit', ['a', 'b'], []), '2024-02-28', seen)).toBeNull();
  });

  it('gives stable ids and sortable dates only when the year is known', () => {
    expect(newEventId('k', '2024-01-01')).toBe(newEventId('k', '2024-01-01'));
    expect(newEventId('k', '2024-01-01')).not.toBe(newEventId('k', '2024-01-02'));
    expect(sortDate('--02-28')).toBeNull();
    expect(sortDate('2024-02')).toBe('2024-02-01');
    expect(sortDate('2024-02-28')).toBe('2024-02-28');
  });
});
