import { describe, expect, it } from 'vitest';
import { holdersOn, type Holding } from '../../../src/domain/officeHolders.js';

const holding = (person: string, firstSeen: string | null, lastSeen: string | null, since: string | null = null, until: string | null = null): Holding<string> => ({
  person,
  title: 'Foreign Minister',
  firstSeen,
  lastSeen,
  since,
  until,
});

// A minister seen from January to March 2024, a successor seen from June 2024.
const succession = [holding('first', '2024-01-10', '2024-03-20'), holding('second', '2024-06-02', '2024-09-30')];

describe('holdersOn', () => {
  it.each([
    ['2024-02-28', succession, [['first', 'seen']]],
    ['2024-04-15', succession, [['first', 'inferred']]],
    ['2024-07-01', succession, [['second', 'seen']]],
    ['2025-01-01', succession, [['second', 'inferred']]],
    ['2023-12-31', succession, []],
    // A correction ends the first term in April: nobody is known to hold the post in May.
    ['2024-05-01', [holding('first', '2024-01-10', '2024-03-20', null, '2024-04-01'), succession[1]!], []],
    // A correction dates the second term from April: it answers for April.
    ['2024-04-15', [succession[0]!, holding('second', '2024-06-02', '2024-09-30', '2024-04-02')], [['second', 'asserted']]],
  ] as const)('on %s', (day, holdings, expected) => {
    expect(holdersOn(holdings, day).map((h) => [h.holding.person, h.basis])).toEqual(expected);
  });
});
