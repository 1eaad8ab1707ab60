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

/**
 * What two ingests of the same articles must agree on: node and relationship counts, and the
 * graph's content as lines that do not depend on ids or write order (queries/graph.fingerprint).
 */
export async function graphSnapshot(): Promise<{ counts: Record<string, number>; facts: string[] }> {
  const counts = Object.fromEntries((await runQuery('graph.counts', {})).map((r) => [`${r.kind}:${r.name}`, r.count]));
  const facts = (await runQuery('graph.fingerprint', {})).map((r) => `${r.kind}: ${r.fact}`);
  return { counts, facts };
}
