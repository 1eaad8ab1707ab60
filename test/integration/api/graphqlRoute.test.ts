import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type RunningApi } from '../../../src/api/createApiServer.js';
import { useGraph } from '../../helpers/graph.js';
import { apiConfig, seedSmallGraph } from '../../helpers/apiGraph.js';

useGraph();
const READ_TOKEN = 'read-token-0123456789abcdef';
let api: RunningApi;
const env = process.env.NODE_ENV;
beforeAll(async () => {
  // Express's error pages show the stack outside production, whose frames differ by path.
  process.env.NODE_ENV = 'production';
  api = await startApiServer({
    config: apiConfig({ corsOrigins: ['https://dashboard.example.org'], readToken: READ_TOKEN }),
    ingestArticles: async () => {
      throw new Error('not wired');
    },
  });
});
afterAll(async () => {
  await api.stop();
  process.env.NODE_ENV = env;
});

/** Status, headers (but the per-response ones) and body of one response. */
async function answer(response: Response) {
  const headers = Object.fromEntries([...response.headers].filter(([k]) => !['date', 'connection', 'keep-alive'].includes(k)));
  return { status: response.status, headers, body: await response.text() };
}

/**
 * The same request to /graphql (served without express) and to /graphql/ (the same route
 * through express's router): the answers must be the same, errors included.
 */
async function bothWays(init: RequestInit) {
  const direct = await answer(await fetch(api.url, { method: 'POST', ...init }));
  const throughExpress = await answer(await fetch(`${api.url}/`, { method: 'POST', ...init }));
  return { direct, throughExpress };
}

const json = { 'content-type': 'application/json', authorization: `Bearer ${READ_TOKEN}` };
const query = JSON.stringify({ query: 'query($a: CountryCode!) { bilateralRelation(a: $a, b: "RU") { eventCount } }', variables: { a: 'ML' } });

describe('POST /graphql without express', () => {
  it('answers as the express route does: data, CORS for an allowed origin and for another', async () => {
    await seedSmallGraph();
    for (const origin of ['https://dashboard.example.org', 'https://evil.example.com']) {
      const { direct, throughExpress } = await bothWays({ headers: { ...json, origin }, body: query });
      expect(direct).toEqual(throughExpress);
      expect(direct.status).toBe(200);
      expect(JSON.parse(direct.body)).toEqual({ data: { bilateralRelation: { eventCount: 2 } } });
    }
  });

  it('answers refused bodies and requests as the express route does', async () => {
    const cases: RequestInit[] = [
      { headers: json, body: '{"query": ' },
      { headers: json, body: '"a string"' },
      { headers: json, body: JSON.stringify({ query: '{ meetings { ' }) },
      { headers: { 'content-type': 'application/json' }, body: query },
      { headers: { ...json, 'content-type': 'application/json; charset=latin1' }, body: query },
      { headers: { ...json, 'content-type': 'text/plain' }, body: query },
      { headers: json },
    ];
    for (const init of cases) {
      const { direct, throughExpress } = await bothWays(init);
      expect(direct).toEqual(throughExpress);
      expect(direct.status).toBeGreaterThanOrEqual(400);
    }
  });

  it('reads a gzip-compressed body as the express route does', async () => {
    await seedSmallGraph();
    const { direct, throughExpress } = await bothWays({ headers: { ...json, 'content-encoding': 'gzip' }, body: gzipSync(query) });
    expect(direct).toEqual(throughExpress);
    expect(JSON.parse(direct.body)).toEqual({ data: { bilateralRelation: { eventCount: 2 } } });
  });
});
