import type { ManagedTransaction } from 'neo4j-driver';
import { logger } from '../config/logger.js';
import { currentDriver } from './driver.js';
import { fromNeo4j } from './fromNeo4j.js';
import { mapNeo4jError } from './mapNeo4jError.js';
import { loadQueryTexts, QUERIES, type QueryName } from './queryRegistry.js';
import type { ParamsOf, RowOf } from './querySpec.js';

export type Params<N extends QueryName> = ParamsOf<(typeof QUERIES)[N]>;
export type Row<N extends QueryName> = RowOf<(typeof QUERIES)[N]>;

export interface RunOptions {
  /** Transaction timeout in ms (the server aborts past it). */
  readonly timeoutMs?: number;
}

/**
 * Runs a named query in its own managed transaction: executeRead for read queries,
 * executeWrite for writes, so the driver retries transient errors. The only way
 * diplograph talks to Neo4j. Rows come back as plain data (see fromNeo4j).
 */
export async function runQuery<N extends QueryName>(name: N, params: Params<N>, options: RunOptions = {}): Promise<Row<N>[]> {
  const text = loadQueryTexts().get(name);
  if (text === undefined) throw new Error(`Unknown query ${name}`);
  const { driver, connection } = currentDriver();
  const session = driver.session(connection.database ? { database: connection.database } : {});
  const started = performance.now();
  const config = {
    metadata: { query: name },
    ...(options.timeoutMs !== undefined ? { timeout: options.timeoutMs } : {}),
  };
  const work = async (tx: ManagedTransaction) => {
    const result = await tx.run(text, params as Record<string, unknown>);
    return result.records.map((r) => fromNeo4j(r.toObject()) as Row<N>);
  };
  try {
    const rows = QUERIES[name].mode === 'read' ? await session.executeRead(work, config) : await session.executeWrite(work, config);
    logger.debug({ query: name, ms: Math.round(performance.now() - started), rows: rows.length }, 'query');
    return rows;
  } catch (error) {
    throw mapNeo4jError(error, connection.uri, name);
  } finally {
    await session.close();
  }
}
