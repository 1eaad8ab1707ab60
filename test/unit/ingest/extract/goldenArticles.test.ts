import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../ingest/extract/extractArticle.js';
import { loadLexicons, type Lexicons } from '../../../../ingest/lexicons/loadLexicons.js';
import { projectRoot } from '../../../../src/config/projectRoot.js';

// Golden articles written for the project (test/fixtures/articles/NAME.json) beside the facts
// they must give (NAME.expected.json), checked field by field: only what is listed is asserted.
const dir = join(projectRoot(), 'test', 'fixtures', 'articles');

interface ExpectedEvent {
  type: string;
  status?: string;
  date?: string | null;
  location?: { country: string } | null;
  countries: string[];
  /** name → country (null for officials of international organisations) */
  participants: Record<string, string | null>;
  plover?: string;
  ploverMode?: string | null;
  cameo?: string;
}
interface Expected {
  events: ExpectedEvent[];
  persons: string[];
}

const cases = readdirSync(dir)
  .filter((f) => f.endsWith('.expected.json'))
  .map((f) => f.replace(/\.expected\.json$/, ''))
  .sort();

let lex: Lexicons;
beforeAll(() => {
  lex = loadLexicons();
});

describe.each(cases)('golden article %s', (name) => {
  const raw = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as Record<string, string | null>;
  const expected = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8')) as Expected;
  const run = () =>
    extractArticle(
      { id: String(raw.id), url: null, title: raw.title ?? null, published: raw.published ?? null, language: raw.language ?? null, author: null, source: name, text: String(raw.text) },
      lex,
    );

  it('gives the expected events', () => {
    const x = run();
    expect(x.events.map((e) => e.type)).toEqual(expected.events.map((e) => e.type));
    expected.events.forEach((want, i) => {
      const got = x.events[i]!;
      if (want.status) expect(got.status).toBe(want.status);
      if (want.date !== undefined) expect(got.date).toBe(want.date);
      if (want.location === null) expect(got.location).toBeNull();
      else if (want.location) expect(got.location?.country).toBe(want.location.country);
      expect([...got.countries].sort()).toEqual([...want.countries].sort());
      const parts = Object.fromEntries(got.participants.map((p) => [p.name, p.country]));
      expect(parts).toEqual(want.participants);
      if (want.plover) expect(got.plover).toBe(want.plover);
      if (want.ploverMode !== undefined) expect(got.ploverMode).toBe(want.ploverMode);
      if (want.cameo) expect(got.cameo).toBe(want.cameo);
      for (const ev of got.evidence) expect(ev.quote).toBe(String(raw.text).slice(ev.start, ev.end));
      expect(got.rule).toMatch(/\S/);
    });
  });

  it('names the expected persons', () => {
    expect(run().persons.map((p) => p.name)).toEqual(expect.arrayContaining(expected.persons));
  });
});
