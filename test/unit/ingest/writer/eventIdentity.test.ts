import { describe, expect, it } from 'vitest';
import {
  datesCompatible,
  eventCountryKey,
  eventMergeKey,
  findSameEvent,
  newEventId,
  participantsCompatible,
  sortDate,
  type EventReport,
} from '../../../../ingest/writer/eventIdentity.js';
import type { EventCandidate } from '../../../../src/graph/catalog/ingestQueries.js';

/** A report of a `type` encounter between `countries` naming `personIds` on `date`. */
function report(type: string, personIds: string[], countries: string[], date: string | null): EventReport {
  return { mergeKey: eventMergeKey(type, personIds, countries), countryKey: eventCountryKey(type, countries), personIds, date };
}

/** The event a report created, as events.candidates returns it. */
function candidate(id: string, r: EventReport): EventCandidate {
  return { id, mergeKey: r.mergeKey, countryKey: r.countryKey, date: r.date, datePrecision: null, personIds: [...r.personIds] };
}

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
    const seen = [candidate('e1', report('meeting', ['a', 'b'], [], '2024-02-28'))];
    expect(findSameEvent(report('meeting', ['b', 'a'], [], '2024-02-28'), seen)?.id).toBe('e1');
    expect(findSameEvent(report('meeting', ['a', 'b'], [], '2024-05-01'), seen)).toBeNull();
    expect(findSameEvent(report('visit', ['a', 'b'], [], '2024-02-28'), seen)).toBeNull();
  });

  it('keys by type and countries for reports naming different people', () => {
    expect(eventCountryKey('meeting', ['RU', 'ML', 'RU'])).toBe('meeting|c:ML,RU');
    // A report naming no one has the same merge key as country key.
    expect(eventMergeKey('meeting', [], ['RU', 'ML'])).toBe(eventCountryKey('meeting', ['ML', 'RU']));
  });

  it.each([
    [['a', 'b'], ['a'], true],
    [['a'], ['a', 'b'], true],
    [['a', 'b'], [], true],
    [[], ['a'], true],
    [['a', 'b'], ['a', 'c'], false],
    [['a'], ['b'], false],
  ])('participants %j and %j compatible: %s', (a, b, expected) => {
    expect(participantsCompatible(a, b)).toBe(expected);
  });

  // The seed meeting (RU–ML, --02-28, both ministers) and other reports of the same talks.
  const full = report('meeting', ['sergey-lavrov', 'abdoulaye-diop'], ['ML', 'RU'], '--02-28');
  const seed = [candidate('seed', full)];

  it.each<[string, EventReport, string | null]>([
    ['a wire report naming both ministers, dated 28 February', report('meeting', ['abdoulaye-diop', 'sergey-lavrov'], ['RU', 'ML'], '--02-28'), 'seed'],
    ['a report naming one minister, with the year', report('meeting', ['sergey-lavrov'], ['ML', 'RU'], '2025-02-28'), 'seed'],
    ['a report naming a third participant too', report('meeting', ['sergey-lavrov', 'abdoulaye-diop', 'x'], ['ML', 'RU'], '2025-02-27'), 'seed'],
    ['a report naming no one', report('meeting', [], ['ML', 'RU'], '2025-02-28'), 'seed'],
    ['a report of other countries', report('meeting', ['sergey-lavrov'], ['RU', 'SN'], '--02-28'), null],
    ['a report of another type', report('phone_call', ['sergey-lavrov'], ['ML', 'RU'], '--02-28'), null],
    ['a report of another day', report('meeting', ['sergey-lavrov'], ['ML', 'RU'], '2025-03-05'), null],
    ['a report of the minister meeting someone else', report('meeting', ['sergey-lavrov', 'x'], ['ML', 'RU'], '--02-28'), null],
  ])('joins the seed meeting or not: %s', (_, r, expected) => {
    expect(findSameEvent(r, seed)?.id ?? null).toBe(expected);
  });

  it('keeps two same-day meetings with different officials apart, and does not guess between them', () => {
    const first = candidate('e1', report('meeting', ['eg-fm', 'iq-pm'], ['EG', 'IQ'], '2025-04-02'));
    const second = report('meeting', ['eg-fm', 'iq-fm'], ['EG', 'IQ'], '2025-04-02');
    expect(findSameEvent(second, [first])).toBeNull();
    const both = [first, candidate('e2', second)];
    // Naming only the minister both met, or no one, cannot say which meeting it is.
    expect(findSameEvent(report('meeting', ['eg-fm'], ['EG', 'IQ'], '2025-04-02'), both)).toBeNull();
    expect(findSameEvent(report('meeting', [], ['EG', 'IQ'], '2025-04-02'), both)).toBeNull();
    // Naming the Iraqi official settles it.
    expect(findSameEvent(report('meeting', ['iq-fm'], ['EG', 'IQ'], '2025-04-02'), both)?.id).toBe('e2');
  });

  it('prefers the event with the same participants over one it would join by countries', () => {
    const r = report('meeting', ['a'], ['ML', 'RU'], '2025-02-28');
    const seen = [candidate('wider', report('meeting', ['a', 'b'], ['ML', 'RU'], '2025-02-28')), candidate('same', r)];
    expect(findSameEvent(r, seen)?.id).toBe('same');
  });

  it('gives stable ids and sortable dates only when the year is known', () => {
    expect(newEventId('k', '2024-01-01')).toBe(newEventId('k', '2024-01-01'));
    expect(newEventId('k', '2024-01-01')).not.toBe(newEventId('k', '2024-01-02'));
    expect(sortDate('--02-28')).toBeNull();
    expect(sortDate('2024-02')).toBe('2024-02-01');
    expect(sortDate('2024-02-28')).toBe('2024-02-28');
  });
});
