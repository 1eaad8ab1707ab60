import { spawn } from 'node:child_process';
import type { GraphQLFormattedError } from 'graphql';
import { once } from 'node:events';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type RunningApi } from '../../../src/api/createApiServer.js';
import { projectRoot } from '../../../src/config/projectRoot.js';
import { apiConfig, seedSmallGraph } from '../../helpers/apiGraph.js';
import { useGraph } from '../../helpers/graph.js';
import { record, subscriptionClient, waitFor, type Recorded } from '../../helpers/subscriptionClient.js';

useGraph();
const READ_TOKEN = 'test-read-token-0123456789';
const auth = `Bearer ${READ_TOKEN}`;
let api: RunningApi;
beforeAll(async () => {
  api = await startApiServer({
    config: apiConfig({ readToken: READ_TOKEN, changePollMs: 100, maxSubscriptionsPerConnection: 3 }),
    ingestArticles: async () => {
      throw new Error('not wired');
    },
  });
});
afterAll(async () => {
  await api.stop();
});

const EVENTS_OF_MALI = `subscription { eventChanged(filter: { countries: ["ML"] }) { id type countries { country { code } } sources { article { id } } } }`;
const ML_RU = `subscription { relationChanged(a: "RU", b: "ML") { id eventCount lastDate } }`;

/** `diplograph ingest` in a process of its own, as a feed worker would run it. */
async function ingestInAnotherProcess(path: string): Promise<number> {
  const child = spawn(process.execPath, [join(projectRoot(), 'bin', 'diplograph.js'), 'ingest', path, '--rejects', join(projectRoot(), '.bench', 'live-rejects.jsonl')], {
    env: process.env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const [code] = (await once(child, 'exit')) as [number];
  expect(code, stderr).toBe(0);
  return Date.now();
}

describe('live updates over WebSocket', () => {
  it('deliver the event another process ingests within 2 s, and nothing that does not match', async () => {
    const client = subscriptionClient(api.url, auth);
    const events = record(client, EVENTS_OF_MALI);
    const relation = record(client, ML_RU);
    // Let the subscriptions reach the server (and the feed find where "now" is) before writing.
    await new Promise((r) => setTimeout(r, 500));
    const exited = await ingestInAnotherProcess(join(projectRoot(), 'test', 'fixtures', 'live'));
    await waitFor(() => events.messages.length > 0 && relation.messages.length > 0, 2_000, 'the Mali event and the ML–RU relation');
    // The commit came before the ingest exited: the messages are at most 2 s behind it.
    expect(events.messages[0]!.at - exited).toBeLessThan(2_000);
    await new Promise((r) => setTimeout(r, 500));
    expect(events.errors).toEqual([]);
    const received = events.messages.map((m) => m.result.data?.['eventChanged'] as { type: string; countries: { country: { code: string } }[]; sources: { article: { id: string } }[] });
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ type: 'MEETING', sources: [{ article: { id: 'sub-test-ml-ru' } }] });
    expect(received[0]!.countries.map((c) => c.country.code).sort()).toEqual(['ML', 'RU']);
    expect(relation.messages.map((m) => m.result.data?.['relationChanged'])).toEqual([{ id: 'ML-RU', eventCount: 1, lastDate: '2024-03-12' }]);
    events.stop();
    relation.stop();
    await client.dispose();
  });

  it('fire again when a known event gains a source, with the figures of the moment', async () => {
    const client = subscriptionClient(api.url, auth);
    const relation = record(client, ML_RU);
    await new Promise((r) => setTimeout(r, 300));
    await seedSmallGraph();
    await waitFor(() => relation.messages.length > 0, 2_000, 'the relation update');
    expect(relation.messages.at(-1)!.result.data?.['relationChanged']).toMatchObject({ id: 'ML-RU', eventCount: 2 });
    relation.stop();
    await client.dispose();
  });

  it('refuse a connection without the read token', async () => {
    const client = subscriptionClient(api.url);
    const events = record(client, EVENTS_OF_MALI);
    await waitFor(() => events.errors.length > 0, 2_000, 'the refusal');
    expect((events.errors[0] as { code?: number }).code).toBe(4403);
    await client.dispose();
  });

  it('refuse abusive subscriptions: too deep, too many aliases, past the cap per connection, bad arguments', async () => {
    const client = subscriptionClient(api.url, auth);
    const nest = (depth: number): string => (depth === 0 ? 'id' : `participants { person { events { edges { node { ${nest(depth - 1)} } } } } }`);
    const deep = record(client, `subscription { eventChanged { ${nest(4)} } }`);
    const aliases = record(client, `subscription { eventChanged { ${Array.from({ length: 20 }, (_, i) => `a${i}: id`).join(' ')} } }`);
    const badPair = record(client, `subscription { relationChanged(a: "ML", b: "ML") { id } }`);
    // A refused document ends with an error message; a refused argument with a result carrying the error.
    const refused = (r: Recorded) => (r.errors[0] as GraphQLFormattedError[] | undefined) ?? r.messages[0]?.result.errors;
    await waitFor(() => [deep, aliases, badPair].every((r) => refused(r) !== undefined), 2_000, 'three refusals');
    const messages = (r: Recorded) => (refused(r) ?? []).map((e) => `${String(e.extensions?.['code'])}: ${e.message}`).join('\n');
    expect(messages(deep)).toMatch(/depth limit/i);
    expect(messages(aliases)).toMatch(/Aliases limit of 15/);
    expect(messages(badPair)).toBe('BAD_USER_INPUT: A bilateral relation needs two different countries, got ML twice');
    const open = [1, 2, 3].map(() => record(client, EVENTS_OF_MALI));
    const fourth = record(client, EVENTS_OF_MALI);
    await waitFor(() => fourth.errors.length > 0, 2_000, 'the fourth subscription refused');
    expect((fourth.errors[0] as { message: string }[])[0]!.message).toMatch(/At most 3 subscriptions per connection/);
    expect(open.every((s) => s.errors.length === 0)).toBe(true);
    // A completed subscription frees its place.
    open[0]!.stop();
    await new Promise((r) => setTimeout(r, 200));
    const again = record(client, EVENTS_OF_MALI);
    await new Promise((r) => setTimeout(r, 300));
    expect(again.errors).toEqual([]);
    await client.dispose();
  });
});
