import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type LocalNeo4jConfig } from '../../../src/config/config.js';
import { projectRoot } from '../../../src/config/projectRoot.js';
import { connect, disconnect } from '../../../src/graph/driver.js';
import { start, status, stop } from '../../../src/graph/localNeo4j.js';
import { migrate } from '../../../src/graph/migrate.js';
import { runQuery } from '../../../src/graph/runQuery.js';
import { loadLexicons } from '../../../ingest/lexicons/loadLexicons.js';
import { runIngest } from '../../../ingest/runIngest.js';
import { writeExtractions } from '../../../ingest/writer/writeExtractions.js';
import { writeJsonlArticles } from '../../helpers/articleFiles.js';

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

// A server of its own, because this test really stops and restarts it mid-run.
const server: LocalNeo4jConfig = {
  ...loadConfig().localNeo4j,
  port: Number(process.env.DIPLOGRAPH_RESTART_TEST_PORT ?? 7699),
  home: join(projectRoot(), '.neo4j', 'restart-test'),
  heap: '1g',
  pageCache: '256m',
  password: null,
};

describe('ingest across a Neo4j restart', () => {
  beforeAll(async () => {
    await start(server);
    await connect({ uri: `bolt://${server.host}:${server.port}`, user: 'neo4j', password: null, database: null, external: false });
    await migrate();
    await runQuery('graph.wipe', {});
  });
  afterAll(async () => {
    await disconnect();
    const { pid } = await stop(server);
    // No Java process of ours may outlive `stop`.
    expect(pid === null || !processAlive(pid)).toBe(true);
  });

  it('start is idempotent: a second call finds the running server', async () => {
    const again = await start(server);
    expect(again.started).toBe(false);
    expect(status(server)).toMatchObject({ state: 'running', pid: again.pid });
  });

  it('retries the batch until the server is back and writes every article exactly once', async () => {
    const file = writeJsonlArticles(40, 'restart');
    let batches = 0;
    let restarted: Promise<unknown> = Promise.resolve();
    const result = await runIngest({
      inputs: [file],
      lexicons: loadLexicons(),
      batchSize: 10,
      dryRun: false,
      rejectsPath: null,
      retry: { maxElapsedMs: 120_000, initialDelayMs: 200, maxDelayMs: 2_000 },
      write: async (batch) => {
        if (++batches === 2) {
          // Stop the server before the second batch is written; bring it back a little later.
          await stop(server);
          restarted = new Promise((r) => setTimeout(r, 1500)).then(() => start(server));
        }
        return writeExtractions(batch);
      },
    });
    await restarted;
    expect(result.ingested).toBe(40);
    expect(result.rejected).toBe(0);
    const rows = await runQuery('graph.counts', {});
    expect(rows.find((r) => r.name === 'Article')?.count).toBe(40);
  });
});
