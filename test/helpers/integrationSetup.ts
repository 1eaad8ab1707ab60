import { loadConfig } from '../../src/config/config.js';
import { connect, disconnect } from '../../src/graph/driver.js';
import { migrate } from '../../src/graph/migrate.js';

/**
 * Vitest global setup of the integration project: the real Neo4j at NEO4J_URI (or the local
 * default) must answer, or the whole project fails with the server's URL — never a skip.
 */
export default async function setup(): Promise<void> {
  const config = loadConfig();
  await connect(config.neo4j);
  await migrate();
  await disconnect();
}
