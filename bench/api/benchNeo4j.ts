// The Neo4j a benchmark runs against: NEO4J_URI when set; else a local server of the
// benchmark's own (its port and data directory by default, DIPLOGRAPH_NEO4J_PORT and
// DIPLOGRAPH_NEO4J_HOME when set, so that several people on one machine keep apart).
import { join } from 'node:path';
import { loadConfig, type LocalNeo4jConfig, type Neo4jConnection } from '../../src/config/config.js';
import { projectRoot } from '../../src/config/projectRoot.js';
import { start } from '../../src/graph/localNeo4j.js';

/** The benchmark's local Neo4j settings (whether or not NEO4J_URI is set). */
export function benchLocalNeo4j(defaultPort: number, defaultHome: string): LocalNeo4jConfig {
  const config = loadConfig();
  return {
    ...config.localNeo4j,
    port: process.env.DIPLOGRAPH_NEO4J_PORT ? config.localNeo4j.port : defaultPort,
    home: process.env.DIPLOGRAPH_NEO4J_HOME ? config.localNeo4j.home : join(projectRoot(), '.neo4j', defaultHome),
  };
}

/** Starts (or reuses) the benchmark's Neo4j; its connection and, when local, its pid. */
export async function startBenchNeo4j(defaultPort: number, defaultHome: string): Promise<{ connection: Neo4jConnection; pid: number | null }> {
  const config = loadConfig();
  if (config.neo4j.external) return { connection: config.neo4j, pid: null };
  const local = benchLocalNeo4j(defaultPort, defaultHome);
  const state = await start(local, (l) => process.stderr.write(l + '\n'));
  return { connection: { ...config.neo4j, uri: state.uri }, pid: state.pid };
}
