import { describe, expect, it } from 'vitest';
import { captureGroups } from '../../../../ingest/rules/captureGroups.js';
import { loadRules } from '../../../../ingest/rules/loadRules.js';

/** The count the engine gives: the groups of a match of the source made to match the empty string. */
const engineCount = (source: string, flags = 'u'): number => (new RegExp(`${source}|`, flags).exec('') ?? []).length - 1;

/** Every regex reachable from `value` (records, arrays, maps). */
function regexesIn(value: unknown, out: RegExp[] = [], seen = new Set<object>()): RegExp[] {
  if (value === null || typeof value !== 'object' || seen.has(value)) return out;
  seen.add(value);
  if (value instanceof RegExp) out.push(value);
  else if (value instanceof Map) for (const v of value.values()) regexesIn(v, out, seen);
  else if (!(value instanceof Set)) for (const v of Object.values(value)) regexesIn(v, out, seen);
  return out;
}

describe('captureGroups', () => {
  it.each([
    ['abc', 0],
    ['(a)(b)', 2],
    ['(?:a)(?=b)(?!c)(?<=d)(?<!e)', 0],
    ['(?<name>a)|(?<other>b)', 2],
    ['\\(a\\)\\\\(b)', 1],
    ['[(](a)[^)\\]](b)[](c)', 3],
    ['[\\[(]x(y)', 1],
    ['\\p{Lu}(\\p{Ll}+)\\u{1F600}\\k<n>(?<n>z)', 2],
    ['((?:a|(b))+)', 2],
  ])('counts the capturing groups of %j as the engine does', (source, expected) => {
    expect(captureGroups(source)).toBe(expected);
    expect(engineCount(source)).toBe(expected);
  });

  it("agrees with the engine on every regex the rules compile (alternations open one group per rule)", () => {
    const regexes = regexesIn(loadRules());
    expect(regexes.length).toBeGreaterThan(100);
    const withGroups = regexes.filter((r) => captureGroups(r.source) > 0);
    expect(withGroups.length).toBeGreaterThan(0);
    for (const r of regexes) expect(captureGroups(r.source), r.source.slice(0, 80)).toBe(engineCount(r.source, r.flags.replace(/[gy]/gu, '')));
  });
});
