import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startApiServer, type RunningApi } from '../../../src/api/createApiServer.js';
import { loadConfig, type LocalNeo4jConfig } from '../../../src/config/config.js';
import { projectRoot } from '../../../src/config/projectRoot.js';
import { connect, disconnect } from '../../../src/graph/driver.js';
import { start, stop } from '../../../src/graph/localNeo4j.js';
import { migrate } from '../../../src/graph/migrate.js';
import { runQuery } from '../../../src/graph/runQuery.js';
import { writeExtractions } from '../../../ingest/writer/writeExtractions.js';
import { apiConfig, diop, lavrov } from '../../helpers/apiGraph.js';
import { article, encounter } from '../../helpers/extractionFixtures.js';
import { record, subscriptionClient, waitFor } from '../../helpers/subscriptionClient.js';

// A server of its own, because this test really stops and restarts it (the port restart.test.ts
// uses; integration files run one at a time).
const server: LocalNeo4jConfig = {
  ...loadConfig().localNeo4j,
  port: Number(process.env.DIPLOGRAPH_RESTART_TEST_PORT ?? 7699),
  home: join(projectRoot(), '.neo4j', 'restart-subscriptions'),
  heap: '1g',
  pageCache: '256m',
  password: null,
};
let api: RunningApi;

beforeAll(async () => {
  await start(server);
  await connect({ uri: `bolt://${server.host}:${server.port}`, user: 'neo4j', password: null, database: null, external: false });
  await migrate();
  await runQuery('graph.wipe', {});
  api = await startApiServer({ config: apiConfig({ changePollMs: 100 }), ingestArticles: async () => ({}) as never });
});
afterAll(async () => {
  await api?.stop();
  await disconnect();
  await stop(server);
});

const meetingOn = (id: string, date: string) =>
  writeExtractions([article(id, { persons: [lavrov, diop], events: [encounter('meeting', date, [lavrov, diop])], published: date })]);

it('a subscription survives a Neo4j restart and receives what is written after it', async () => {
  const client = subscriptionClient(api.url);
  const events = record(client, `subscription { eventChanged(filter: { countries: ["ML"] }) { id date { value } } }`);
  await new Promise((r) => setTimeout(r, 500));
  await meetingOn('before-restart', '2024-01-10');
  await waitFor(() => events.messages.length === 1, 10_000, 'the event written before the restart');

  await stop(server);
  await new Promise((r) => setTimeout(r, 1_000)); // a few polls fail meanwhile
  await start(server);
  await meetingOn('after-restart', '2024-01-20');
  await waitFor(() => events.messages.length === 2, 10_000, 'the event written after the restart');
  expect(events.errors).toEqual([]);
  expect(events.messages.map((m) => (m.result.data?.['eventChanged'] as { date: { value: string } }).date.value)).toEqual(['2024-01-10', '2024-01-20']);
  events.stop();
  await client.dispose();
}, 240_000);
