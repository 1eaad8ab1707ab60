import { describe, expect, it } from 'vitest';
import { contiguousChanges } from '../../../src/graph/changeFeed.js';

const entry = (seq: number, eventIds: string[] | null = [`e${seq}`], relationIds: string[] | null = []) => ({ seq, eventIds, relationIds, at: null });

describe('contiguousChanges', () => {
  it.each([
    ['takes every entry that follows the cursor', 3, [entry(4), entry(5)], false, { upTo: 5, gapAt: null, eventIds: ['e4', 'e5'] }],
    ['stops before a missing value (a commit seen in part)', 3, [entry(4), entry(6)], false, { upTo: 4, gapAt: 5, eventIds: ['e4'] }],
    ['steps over a missing value when told the entry is lost', 3, [entry(4), entry(6)], true, { upTo: 6, gapAt: 5, eventIds: ['e4', 'e6'] }],
    ['never takes an entry whose lists are not visible yet', 3, [entry(4, null)], true, { upTo: 3, gapAt: 4, eventIds: [] }],
    ['merges ids changed twice', 0, [entry(1, ['a']), entry(2, ['a', 'b'])], false, { upTo: 2, gapAt: null, eventIds: ['a', 'b'] }],
    ['has nothing to take at the head', 7, [], false, { upTo: 7, gapAt: null, eventIds: [] }],
  ])('%s', (_, after, changes, skipGap, expected) => {
    expect(contiguousChanges(after, changes, skipGap)).toMatchObject(expected);
  });
});
