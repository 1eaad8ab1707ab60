import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type RunningApi } from '../../../src/api/createApiServer.js';
import { useGraph } from '../../helpers/graph.js';
import { apiConfig } from '../../helpers/apiGraph.js';

// The browser side of `diplograph serve`, on a stand-in build (the real one is tested in
// test/integration/web): pages, assets, the offline GraphiQL, and the API left as it was.

useGraph();
const webRoot = mkdtempSync(join(tmpdir(), 'diplograph-web-'));
mkdirSync(join(webRoot, 'assets'));
writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>explorer</title>');
writeFileSync(join(webRoot, 'graphiql.html'), '<!doctype html><title>graphiql</title>');
writeFileSync(join(webRoot, 'assets', 'app-abc123.js'), 'console.log(1)');

const refuse = () => Promise.reject(new Error('not wired'));
let api: RunningApi;
let origin: string;
beforeAll(async () => {
  api = await startApiServer({ config: apiConfig({ landingPage: true }), ingestArticles: refuse, webRoot });
  origin = api.url.replace(/\/graphql$/, '');
});
afterAll(async () => {
  await api.stop();
});

const html = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };

describe('explorer routes', () => {
  it.each(['/', '/country/ML', '/event/ev-123', '/relation/ML-RU?by=YEAR'])('answers the page %s with the explorer, revalidated', async (path) => {
    const response = await fetch(`${origin}${path}`, { headers: html });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>explorer</title>');
    expect(response.headers.get('cache-control')).toBe('no-cache');
  });

  it('serves hashed assets for a year and a missing one as 404', async () => {
    const asset = await fetch(`${origin}/assets/app-abc123.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${origin}/assets/nothing.js`, { headers: html })).status).toBe(404);
  });

  it('serves the offline GraphiQL to a browser at /graphql, and GraphQL to everyone else', async () => {
    const page = await fetch(`${origin}/graphql`, { headers: html });
    expect(await page.text()).toContain('<title>graphiql</title>');
    const query = await fetch(`${origin}/graphql?query=${encodeURIComponent('{ __typename }')}`, { headers: { accept: 'application/json', 'apollo-require-preflight': 'true' } });
    expect(await query.json()).toEqual({ data: { __typename: 'Query' } });
    const health = await fetch(`${origin}/healthz`, { headers: html });
    expect(health.headers.get('content-type')).toMatch(/json/);
  });

  it('leaves a JSON client without a page', async () => {
    const response = await fetch(`${origin}/country/ML`, { headers: { accept: 'application/json' } });
    expect(response.status).toBe(404);
  });

  it('says how to build when there is no build, and serves no GraphiQL when the landing page is off', async () => {
    const bare = await startApiServer({ config: apiConfig({ landingPage: false }), ingestArticles: refuse, webRoot: join(webRoot, 'missing') });
    try {
      const base = bare.url.replace(/\/graphql$/, '');
      const page = await fetch(`${base}/`, { headers: html });
      expect(page.status).toBe(503);
      expect(await page.text()).toMatch(/npm run build/);
      const ide = await fetch(bare.url, { headers: html });
      expect(await ide.text()).not.toContain('graphiql');
    } finally {
      await bare.stop();
    }
  });
});
