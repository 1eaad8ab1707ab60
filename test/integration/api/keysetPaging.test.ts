import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { encodeCursor } from '../../../src/api/connection.js';
import { writeExtractions } from '../../../ingest/writer/writeExtractions.js';
import type { ExtractedArticle } from '../../../ingest/writer/planBatch.js';
import { apiConfig, createTestApi, type TestApi } from '../../helpers/apiGraph.js';
import { article, encounter, person } from '../../helpers/extractionFixtures.js';
import { useGraph } from '../../helpers/graph.js';

useGraph();

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi(apiConfig());
});
afterAll(async () => {
  await api.server.stop();
});

const host = person('Awa Sangare', 'ML', 'Minister of Foreign Affairs');
const DAYS = ['2021-03-04', '2021-03-05', '2022-07-01', '2022-07-02', '2023-01-09'];

// Five days with four meetings each (ties on sortDate, broken by id) and three meetings whose
// year is unknown (sortDate null: last in every order), all between the same host and a guest
// of their own, so no two reports merge.
beforeEach(async () => {
  const batch: ExtractedArticle[] = [];
  const dates = [...DAYS.flatMap((d) => [d, d, d, d]), '--06-12', '--06-13', '--07-01'];
  dates.forEach((date, i) => {
    const guest = person(`Oleg Guest${String.fromCharCode(97 + i)}`, 'RU', 'Ambassador');
    batch.push(article(`keyset-${i}`, { persons: [host, guest], events: [encounter('meeting', date, [host, guest])], published: date.startsWith('--') ? null : date }));
  });
  await writeExtractions(batch);
});

type Page = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { id: string } }[] };

// Each way to page through events: its query, and where its connection lies in the response.
const LISTS: [string, string, (data: Record<string, unknown>) => Page][] = [
  [
    'meetings of a country (meetings.by-country)',
    `query($first: Int, $after: String, $order: EventOrder) { meetings(filter: { countries: ["ML"] }, first: $first, after: $after, orderBy: $order) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
    (d) => d['meetings'] as Page,
  ],
  [
    'meetings of a country in a period (meetings.by-country)',
    `query($first: Int, $after: String, $order: EventOrder) { meetings(filter: { countries: ["RU"], from: "2021-03-05", to: "2022-07-02" }, first: $first, after: $after, orderBy: $order) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
    (d) => d['meetings'] as Page,
  ],
  [
    "a person's events on the person page (persons.page)",
    `query($first: Int, $after: String, $order: EventOrder) { person(id: "awa-sangare") { name events(first: $first, after: $after, orderBy: $order) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } } }`,
    (d) => (d['person'] as { events: Page }).events,
  ],
  [
    "a person's events with a filter (meetings.by-person)",
    `query($first: Int, $after: String, $order: EventOrder) { person(id: "awa-sangare") { events(filter: { types: [MEETING] }, first: $first, after: $after, orderBy: $order) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } } }`,
    (d) => (d['person'] as { events: Page }).events,
  ],
  [
    "a relation's events (meetings.by-relation)",
    `query($first: Int, $after: String, $order: EventOrder) { bilateralRelation(a: "ML", b: "RU") { events(first: $first, after: $after, orderBy: $order) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } } }`,
    (d) => (d['bilateralRelation'] as { events: Page }).events,
  ],
  [
    "a topic's events (meetings.by-topic)",
    `query($first: Int, $after: String, $order: EventOrder) { meetings(filter: { topic: "energy" }, first: $first, after: $after, orderBy: $order) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
    (d) => d['meetings'] as Page,
  ],
];

async function page(query: string, pick: (d: Record<string, unknown>) => Page, variables: Record<string, unknown>): Promise<Page> {
  const result = await api.run(query, variables);
  expect(result.errors).toBeUndefined();
  return pick(result.data!);
}

/** Every event id of the list, walking pages of `size` from each page's end cursor. */
async function walk(query: string, pick: (d: Record<string, unknown>) => Page, order: string, size: number): Promise<{ ids: string[]; totals: number[] }> {
  const ids: string[] = [];
  const totals: number[] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 50; guard++) {
    const p: Page = await page(query, pick, { first: size, after, order });
    ids.push(...p.edges.map((e) => e.node.id));
    totals.push(p.totalCount);
    if (!p.pageInfo.hasNextPage) return { ids, totals };
    after = p.pageInfo.endCursor;
  }
  throw new Error('pages never ended');
}

describe('keyset pages of events', () => {
  describe.each(LISTS)('%s', (_, query, pick) => {
    it.each(['DATE_DESC', 'DATE_ASC'])('walked 3 at a time in %s order, give the whole list once each, in its order', async (order) => {
      const whole = await page(query, pick, { first: 100, after: null, order });
      expect(whole.edges.length).toBeGreaterThan(6);
      const { ids, totals } = await walk(query, pick, order, 3);
      expect(ids).toEqual(whole.edges.map((e) => e.node.id));
      expect(new Set(ids).size).toBe(ids.length);
      expect(new Set(totals)).toEqual(new Set([whole.totalCount]));
    });

    it('gives the same page after an event cursor as after the offset cursor of the same position', async () => {
      const whole = await page(query, pick, { first: 100, after: null, order: 'DATE_DESC' });
      for (const position of [2, 5, 9]) {
        if (position >= whole.edges.length - 1) continue;
        const byOffset = await page(query, pick, { first: 4, after: encodeCursor(position), order: 'DATE_DESC' });
        const cursorAt = (await page(query, pick, { first: position + 1, after: null, order: 'DATE_DESC' })).pageInfo.endCursor;
        const byKey = await page(query, pick, { first: 4, after: cursorAt, order: 'DATE_DESC' });
        expect(byKey.edges.map((e) => e.node.id)).toEqual(byOffset.edges.map((e) => e.node.id));
        expect(byKey.pageInfo.hasNextPage).toBe(byOffset.pageInfo.hasNextPage);
      }
    });
  });

  it('pages by article count with offsets, the order a keyset on dates cannot follow', async () => {
    const query = LISTS[0]![1];
    const whole = await page(query, LISTS[0]![2], { first: 100, after: null, order: 'ARTICLE_COUNT_DESC' });
    const { ids } = await walk(query, LISTS[0]![2], 'ARTICLE_COUNT_DESC', 4);
    expect(ids).toEqual(whole.edges.map((e) => e.node.id));
  });
});

describe('the person page', () => {
  it('reads the person, offices, counterparts and a page of events in one round trip', async () => {
    const names: string[] = [];
    const result = await api.run(
      `{ person(id: "awa-sangare") { id name country { code } offices { title firstSeen lastSeen country { code } }
         counterparts(first: 3) { eventCount lastDate person { id name } } events(first: 5) { totalCount edges { node { id date { value } } } } } }`,
      {},
      { onQuery: (name) => names.push(name) },
    );
    expect(result.errors).toBeUndefined();
    expect(names).toEqual(['persons.page']);
    const person = result.data!['person'] as { country: { code: string }; offices: unknown[]; counterparts: { eventCount: number }[]; events: { totalCount: number; edges: unknown[] } };
    expect(person.country.code).toBe('ML');
    expect(person.offices).toHaveLength(1);
    expect(person.counterparts).toHaveLength(3);
    expect(person.events.totalCount).toBe(23);
    expect(person.events.edges).toHaveLength(5);
  });

  it('answers as the separate loaders do', async () => {
    const fields = `id name offices { title } counterparts(first: 4, since: "2022-01-01") { eventCount lastDate person { id } }`;
    const events = `events(first: 6, orderBy: DATE_ASC) { totalCount edges { cursor node { id } } }`;
    const together = await api.run(`{ person(id: "awa-sangare") { ${fields} ${events} } }`);
    // Asked through persons { … } the same fields go through the batched loaders.
    const apart = await api.run(`{ persons(search: "Sangare", first: 1) { edges { node { ${fields} ${events} } } } }`);
    expect(together.errors).toBeUndefined();
    expect(apart.errors).toBeUndefined();
    const apartNode = (apart.data!['persons'] as { edges: { node: unknown }[] }).edges[0]!.node;
    expect(together.data!['person']).toEqual(apartNode);
  });

  it('answers null for an unknown person', async () => {
    const result = await api.run(`{ person(id: "nobody-here") { id counterparts { eventCount } events(first: 2) { totalCount } } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data!['person']).toBeNull();
  });
});
