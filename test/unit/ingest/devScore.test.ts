import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { scoreExtractions } from '../../helpers/scoreExtractions.js';
import { sharedPath, withoutShared } from '../../helpers/sharedData.js';

// The dev set and its scorer live beside the clone (../shared/eval), as in CI; a clone without
// it skips this file with one line.
const shared = sharedPath('eval');

describe.skipIf(withoutShared('eval', 'dev-set score'))('extraction quality on the dev set (../shared/eval/score.mjs)', () => {
  let rows: ReadonlyMap<string, number>;
  let overall: number;

  beforeAll(() => {
    const score = scoreExtractions(join(shared, 'dev'));
    expect(score.missing).toBe(0);
    rows = score.f1;
    overall = score.overall;
  }, 120_000);

  it('overall F1 ≥ 0.85', () => {
    expect(overall).toBeGreaterThanOrEqual(0.85);
  });

  it.each([
    ['event detected', 0.95],
    ['event countries', 0.9],
    ['event participants', 0.85],
  ])('%s F1 ≥ %s', (name, min) => {
    expect(rows.get(name)).toBeGreaterThanOrEqual(min);
  });
});
