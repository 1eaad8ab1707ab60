import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../../src/domain/article.js';
import type { IngestSummary } from '../../../src/domain/ingestSummary.js';
import { useGraph } from '../../helpers/graph.js';
import { apiConfig, createTestApi, seedManyMeetings, seedSmallGraph, type TestApi } from '../../helpers/apiGraph.js';

useGraph();

const received: Article[][] = [];
const fakeIngest = async (articles: readonly Article[]): Promise<IngestSummary> => {
  received.push([...articles]);
  return { accepted: articles.length, unchanged: 0, rejected: [], eventsCreated: 1, eventsMerged: 0 };
};
const config = apiConfig({ maxPageSize: 50 });
let api: TestApi;
beforeAll(async () => {
  api = await createTestApi(config, fakeIngest);
});
afterAll(async () => {
  await api.server.stop();
});
beforeEach(() => {
  received.length = 0;
});

const codes = (errors: readonly { extensions?: Record<string, unknown> }[] | undefined) => (errors ?? []).map((e) => e.extensions?.code);

describe('limits', () => {
  it('refuses a query deeper than the depth limit', async () => {
    const deep = `{ meetings { edges { node { participants { person { events { edges { node { participants { person { events { edges { node { id } } } } } } } } } } } } } }`;
    const result = await api.run(deep);
    expect(result.data).toBeUndefined();
    expect(codes(result.errors)).toContain('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(result.errors)).toMatch(/depth/i);
  });

  it('refuses too many aliases', async () => {
    const aliased = `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: stats { events }`).join(' ')} }`;
    const result = await api.run(aliased);
    expect(codes(result.errors)).toContain('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(result.errors)).toMatch(/alias/i);
  });

  it('refuses a document of too many tokens', async () => {
    const result = await api.run(`{ ${Array.from({ length: 2000 }, () => 'stats { events }').join(' ')} }`);
    expect(codes(result.errors)).toEqual(['GRAPHQL_PARSE_FAILED']);
    expect(result.errors?.[0]?.message).toMatch(/token/i);
  });

  it('refuses a page larger than the maximum page size, and a bad cursor, as BAD_USER_INPUT', async () => {
    const big = await api.run(`{ meetings(first: 51) { totalCount } }`);
    expect(codes(big.errors)).toEqual(['BAD_USER_INPUT']);
    expect(big.errors?.[0]?.message).toMatch(/between 1 and 50/);
    const cursor = await api.run(`{ meetings(after: "not-a-cursor") { totalCount } }`);
    expect(codes(cursor.errors)).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses bad scalars and reversed periods as BAD_USER_INPUT', async () => {
    const date = await api.run(`query($f: EventFilter) { meetings(filter: $f) { totalCount } }`, { f: { from: '2024-02-30' } });
    expect(codes(date.errors)).toEqual(['BAD_USER_INPUT']);
    const country = await api.run(`{ country(code: "XX") { name } }`);
    expect(codes(country.errors)).toContain('GRAPHQL_VALIDATION_FAILED');
    const reversed = await api.run(`{ topics(since: "2025-01-01", until: "2024-01-01") { eventCount } }`);
    expect(codes(reversed.errors)).toEqual(['BAD_USER_INPUT']);
    const self = await api.run(`{ bilateralRelation(a: "ML", b: "ML") { id } }`);
    expect(codes(self.errors)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('errors', () => {
  it('carry a code and never a stack trace, Cypher or driver message', async () => {
    const results = await Promise.all([
      api.run(`{ meetings(first: 0) { totalCount } }`),
      api.run(`{ nope }`),
      api.run(`{ meetings }`),
    ]);
    for (const result of results) {
      const text = JSON.stringify(result.errors);
      expect(result.errors?.length).toBeGreaterThan(0);
      for (const error of result.errors ?? []) expect(typeof error.extensions?.code).toBe('string');
      expect(text).not.toMatch(/stacktrace|\bat \w+ \(|MATCH|neo4j/i);
    }
  });

  it('mask unexpected failures as INTERNAL_SERVER_ERROR', async () => {
    const failing = await createTestApi(config, async () => {
      throw new Error('secret driver detail: MATCH (n) bolt://10.0.0.1');
    });
    const result = await failing.run(`mutation { ingestArticles(articles: [{ text: "x" }]) { accepted } }`, {}, { authorization: `Bearer ${config.apiToken}` });
    await failing.server.stop();
    expect(codes(result.errors)).toEqual(['INTERNAL_SERVER_ERROR']);
    expect(JSON.stringify(result.errors)).not.toMatch(/secret|MATCH|bolt/);
  });
});

describe('time budget', () => {
  it('aborts a query past the per-query timeout with QUERY_TIMEOUT, no details', async () => {
    await seedManyMeetings(60);
    const hurried = await createTestApi(apiConfig({ queryTimeoutMs: 1 }));
    // Listing, detailing and counting a 60-event graph takes well over 1 ms (the budget is kept
    // on the client's clock as well as by Neo4j); ten such root fields (ten transactions) per
    // attempt, and a few attempts, make a run without any timeout practically impossible.
    const orders = ['DATE_DESC', 'DATE_ASC', 'ARTICLE_COUNT_DESC'];
    const fields = Array.from({ length: 10 }, (_, i) =>
      `m${i}: meetings(first: 50, orderBy: ${orders[i % 3]}, filter: { organization: "un" }) { totalCount edges { node { sources { quote } } } }`);
    const seen: unknown[] = [];
    for (let attempt = 0; attempt < 5 && !seen.includes('QUERY_TIMEOUT'); attempt++) {
      const result = await hurried.run(`{ ${fields.join(' ')} }`);
      seen.push(...codes(result.errors));
      expect(JSON.stringify(result.errors ?? [])).not.toMatch(/Neo\.|Transaction/);
    }
    await hurried.server.stop();
    expect(seen).toContain('QUERY_TIMEOUT');
  });
});

describe('ingestArticles', () => {
  const mutation = `mutation($a: [ArticleInput!]!) { ingestArticles(articles: $a) { accepted unchanged eventsCreated eventsMerged rejected { id reason } } }`;
  const articles = [{ url: 'https://example.org/a', title: 'A', published: '2024-02-28', text: 'Lavrov met Diop in Moscow.' }];

  it('is refused without the API token, or with the read token', async () => {
    for (const authorization of [undefined, 'Bearer wrong-token-0123456789']) {
      const result = await api.run(mutation, { a: articles }, authorization ? { authorization } : {});
      expect(codes(result.errors)).toEqual(['UNAUTHENTICATED']);
    }
    expect(received).toHaveLength(0);
  });

  it('hands the articles, with derived ids, to the ingest function with the API token', async () => {
    const result = await api.run(mutation, { a: articles }, { authorization: `Bearer ${config.apiToken}` });
    expect(result.errors).toBeUndefined();
    expect(result.data?.ingestArticles).toEqual({ accepted: 1, unchanged: 0, eventsCreated: 1, eventsMerged: 0, rejected: [] });
    expect(received[0]?.[0]).toMatchObject({ url: 'https://example.org/a', published: '2024-02-28', text: 'Lavrov met Diop in Moscow.' });
    expect(received[0]?.[0]?.id).toMatch(/^u[0-9a-f]{16}$/);
  });

  it('refuses an empty text as BAD_USER_INPUT', async () => {
    const result = await api.run(mutation, { a: [{ text: '   ' }] }, { authorization: `Bearer ${config.apiToken}` });
    expect(codes(result.errors)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('read token', () => {
  it('when configured, reads need it (or the API token)', async () => {
    const guarded = apiConfig({ readToken: 'test-read-token-0123456789' });
    const guardedApi = await createTestApi(guarded);
    await expect(guardedApi.run(`{ stats { events } }`)).rejects.toThrow(/read token/);
    const withRead = await guardedApi.run(`{ stats { events } }`, {}, { authorization: `Bearer ${guarded.readToken}` });
    const withApi = await guardedApi.run(`{ stats { events } }`, {}, { authorization: `Bearer ${guarded.apiToken}` });
    await guardedApi.server.stop();
    expect(withRead.errors).toBeUndefined();
    expect(withApi.errors).toBeUndefined();
  });
});

describe('no N+1', () => {
  const PAGE = `query($first: Int, $filter: EventFilter) { meetings(first: $first, filter: $filter) { totalCount edges { node {
    id date { value } participants { role side country { code } person { name country { code } offices { title country { name } } } }
    countries { country { code } } place { name country { code } } topics { id }
    sources { quote article { id title url published } } } } } }`;

  // The page's query (with its events' participants, countries, place, topics and sources,
  // stored on each event, read along), then persons.offices; countries come from the
  // in-process directory of seeded countries (read once per process, not a cost of the request).
  it.each([
    [{ countries: ['ML'] }, 'meetings.country-page'],
    [{ countries: ['ML'], types: ['MEETING'] }, 'meetings.by-country'],
    [{ organization: 'un' }, 'meetings.list'],
    [{ from: '2000-01-01' }, 'meetings.by-date'],
  ])('answers a 50-item page filtered by %j with nested participants and sources in as many queries as a 5-item page', async (filter, pageQuery) => {
    await seedManyMeetings(60);
    const count = async (first: number) => {
      const names: string[] = [];
      const result = await api.run(PAGE, { first, filter }, { onQuery: (name) => names.push(name) });
      expect(result.errors).toBeUndefined();
      return { names, edges: (result.data as { meetings: { edges: unknown[] } }).meetings.edges.length };
    };
    const small = await count(5);
    const large = await count(50);
    expect(large.edges).toBe(50);
    expect(large.names.length).toBe(small.names.length);
    expect(large.names.sort()).toEqual([pageQuery, 'persons.offices']);
  });

  it('batches nested connections across a list (persons with their events and counterparts)', async () => {
    await seedSmallGraph();
    const names: string[] = [];
    const result = await api.run(
      `{ persons(first: 10) { edges { node { id events(first: 5) { totalCount edges { node { id } } } counterparts { eventCount } } } } }`,
      {},
      { onQuery: (name) => names.push(name) },
    );
    expect(result.errors).toBeUndefined();
    expect(names.sort()).toEqual(['meetings.by-person', 'persons.counterparts', 'persons.list']);
  });
});
