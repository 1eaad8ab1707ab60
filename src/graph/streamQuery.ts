import { currentDriver } from './driver.js';
import { fromNeo4j } from './fromNeo4j.js';
import { mapNeo4jError } from './mapNeo4jError.js';
import { loadQueryTexts, QUERIES, type QueryName } from './queryRegistry.js';
import type { Params, Row } from './runQuery.js';

/** Options of a streamed read. */
export interface StreamOptions {
  /** Records pulled from the server per round trip (the driver's fetch size); 1000 by default. */
  readonly fetchSize?: number;
  /** Transaction timeout in ms; none by default (an export of a large graph takes a while). */
  readonly timeoutMs?: number;
}

/**
 * Runs a named read query as one auto-commit statement and yields its rows as the consumer
 * asks for them: the driver pulls `fetchSize` records at a time and pauses the server's
 * stream while its buffer is full, so memory stays flat however many rows there are. The
 * streaming counterpart of runQuery, for exports; no retries (rows already handed out cannot
 * be taken back). Ending the iteration early closes the session, which discards the rest.
 */
export async function* streamQuery<N extends QueryName>(name: N, params: Params<N>, options: StreamOptions = {}): AsyncGenerator<Row<N>> {
  if (QUERIES[name].mode !== 'read') throw new Error(`streamQuery runs read queries only; ${name} writes`);
  const text = loadQueryTexts().get(name);
  if (text === undefined) throw new Error(`Unknown query ${name}`);
  const { driver, connection } = currentDriver();
  const session = driver.session({
    ...(connection.database ? { database: connection.database } : {}),
    defaultAccessMode: 'READ',
    fetchSize: options.fetchSize ?? 1000,
  });
  try {
    const result = session.run(text, params as Record<string, unknown>, {
      metadata: { query: name },
      ...(options.timeoutMs !== undefined ? { timeout: options.timeoutMs } : {}),
    });
    for await (const record of result) yield fromNeo4j(record.toObject()) as Row<N>;
  } catch (error) {
    throw mapNeo4jError(error, connection.uri, name);
  } finally {
    await session.close();
  }
}
