import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../../ingest/lexicons/loadGazetteer.js';
import { loadLexicons } from '../../../../ingest/lexicons/loadLexicons.js';
import { projectRoot } from '../../../../src/config/projectRoot.js';

const read = (f: string) => JSON.parse(readFileSync(join(projectRoot(), 'ingest', 'lexicons', f), 'utf8')) as Record<string, { id?: string; code?: string }[]>;

describe('lexicons', () => {
  it.each([
    ['countries.json', 'countries', 'code'],
    ['countries.json', 'cities', 'id'],
    ['organizations.json', 'organizations', 'id'],
    ['topics.json', 'topics', 'id'],
  ] as const)('%s %s have stable unique ids', (file, list, key) => {
    const ids = read(file)[list]!.map((e) => e[key]);
    expect(ids.every((id) => typeof id === 'string' && /^[A-Za-z0-9-]+$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('loads, validates and freezes the gazetteer', () => {
    const g = loadGazetteer();
    expect(g.countries.get('ML')?.name).toBe('Mali');
    expect(g.organizations.get('aes')?.members).toEqual(['BF', 'ML', 'NE']);
    expect(Object.isFrozen(g)).toBe(true);
    expect(g.topics.size).toBeGreaterThanOrEqual(40);
  });

  it('points every broader topic, city and standsFor to an entry that exists', () => {
    const g = loadGazetteer();
    for (const t of g.topics.values()) if (t.broader) expect(g.topics.has(t.broader), t.id).toBe(true);
    for (const c of g.cities.values()) {
      expect(g.countries.has(c.country), c.id).toBe(true);
      if (c.standsFor) expect(g.organizations.has(c.standsFor), c.id).toBe(true);
    }
  });

  it('gives every independent state a capital', () => {
    const g = loadGazetteer();
    const withCapital = new Set([...g.cities.values()].filter((c) => c.capital).map((c) => c.country));
    const missing = [...g.countries.values()].filter((c) => c.independent && !withCapital.has(c.code)).map((c) => c.code);
    expect(missing.length).toBeLessThan(10);
  });
});

describe('fixed venues of gatherings (cues.json)', () => {
  it('are cities of the gazetteer', () => {
    const { gazetteer, rules } = loadLexicons();
    expect(rules.fixedVenues.length).toBeGreaterThan(0);
    for (const venue of rules.fixedVenues) expect(gazetteer.cities.get(venue.city), venue.id).toBeDefined();
  });
});
