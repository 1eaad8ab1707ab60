import { describe, expect, it } from 'vitest';
import { stateByElimination } from '../../../../../ingest/extract/events/stateByElimination.js';

const counts = (entries: [string, number][]): Map<string, number> => new Map(entries);

describe('stateByElimination', () => {
  it.each([
    // why, unplaced, known, venue, sentence states, article counts, home state, expected
    ['the venue state no named guest serves', 1, ['OM'], 'TR', [], [], null, 'TR'],
    ['the one other state the sentences name', 1, ['ML'], null, ['ML', 'DZ'], [], null, 'DZ'],
    ['the state the article names clearly most often', 1, ['ML'], null, [], [['DZ', 4], ['FR', 1], ['ML', 6]], null, 'DZ'],
    ['nothing when the venue is the guest\'s own and nothing else is named', 1, ['OM'], 'OM', ['OM'], [], null, null],
    ['nothing when two other states are named nearby', 1, ['ML'], null, ['DZ', 'FR'], [], null, null],
    ['nothing when the article has no clear lead', 1, ['ML'], null, [], [['DZ', 3], ['FR', 3]], null, null],
    ['nothing when the leading state is named once', 1, ['ML'], null, [], [['DZ', 1]], null, null],
    ['nothing for two unplaced participants', 2, ['ML'], 'DZ', ['DZ'], [], null, null],
    ['nothing when no participant\'s state is known', 1, [], 'DZ', ['DZ'], [], null, null],
    ['the article\'s home state before its counts', 1, ['BE'], null, [], [['FR', 4]], 'OM', 'OM'],
    ['not the home state when a guest serves it', 1, ['OM'], null, [], [['BE', 4]], 'OM', 'BE'],
  ] as const)('%s', (_why, unplaced, known, venue, near, article, home, expected) => {
    expect(stateByElimination(unplaced, new Set(known), venue, near, counts(article as unknown as [string, number][]), home)).toBe(expected);
  });
});
