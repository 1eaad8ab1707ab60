import { afterAll, beforeAll, beforeEach } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { connect, disconnect } from '../../src/graph/driver.js';
import { runQuery } from '../../src/graph/runQuery.js';

/** Connects the test file to the real Neo4j and wipes every non-country node before each test. */
export function useGraph(): void {
  beforeAll(async () => {
    await connect(loadConfig().neo4j);
  });
  beforeEach(async () => {
    await runQuery('graph.wipe', {});
  });
  afterAll(async () => {
    await disconnect();
  });
}
