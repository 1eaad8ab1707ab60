import { auditServer } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type RunningApi } from '../../../src/api/createApiServer.js';
import { useGraph } from '../../helpers/graph.js';
import { apiConfig, seedSmallGraph } from '../../helpers/apiGraph.js';

useGraph();
let api: RunningApi;
beforeAll(async () => {
  api = await startApiServer({
    config: apiConfig({ corsOrigins: ['https://dashboard.example.org'] }),
    ingestArticles: async () => {
      throw new Error('not wired');
    },
  });
});
afterAll(async () => {
  await api.stop();
});

const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers }, body: JSON.stringify(body) });

describe('HTTP', () => {
  it('answers a query over HTTP', async () => {
    await seedSmallGraph();
    const response = await post({ query: '{ bilateralRelation(a: "ML", b: "RU") { eventCount } }' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { bilateralRelation: { eventCount: 2 } } });
    // No ETag: express would hash every response body for one, and POSTs are never revalidated.
    expect(response.headers.get('etag')).toBeNull();
  });

  it('reports Neo4j health at /healthz', async () => {
    const response = await fetch(api.url.replace(/\/graphql$/, '/healthz'));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', neo4j: 'up' });
  });

  it('sends CORS headers for configured origins only', async () => {
    const allowed = await post({ query: '{ stats { events } }' }, { origin: 'https://dashboard.example.org' });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://dashboard.example.org');
    const other = await post({ query: '{ stats { events } }' }, { origin: 'https://evil.example.com' });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers a malformed document with 400 and a code, no stack', async () => {
    const response = await post({ query: '{ meetings { ' });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0]?.extensions).toEqual({ code: 'GRAPHQL_PARSE_FAILED' });
  });

  it('answers a mutation without the API token with 401', async () => {
    const response = await post({ query: 'mutation { ingestArticles(articles: [{ text: "x" }]) { accepted } }' });
    const body = (await response.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('passes the GraphQL over HTTP audit of graphql-http without an error', async () => {
    const results = await auditServer({ url: api.url });
    const failures = results.filter((r) => r.status === 'error');
    expect(failures.map((f) => `${f.id} ${f.name}: ${'reason' in f ? f.reason : ''}`)).toEqual([]);
  });
});

describe('shutdown', () => {
  it('lets a running request finish, then refuses connections', async () => {
    const other = await startApiServer({ config: apiConfig(), ingestArticles: async () => Promise.reject(new Error('x')) });
    const arrived = new Promise((resolve) => other.httpServer.once('request', resolve));
    const request = fetch(other.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ stats { events persons } }' }),
    });
    await arrived;
    await other.stop();
    const response = await request;
    expect(response.status).toBe(200);
    expect(((await response.json()) as { data: unknown }).data).toBeTruthy();
    await expect(fetch(other.url, { method: 'POST' })).rejects.toThrow();
  });
});
