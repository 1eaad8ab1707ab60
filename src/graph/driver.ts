import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConnection } from '../config/config.js';
import { GraphUnavailableError } from '../domain/errors.js';
import { mapNeo4jError } from './mapNeo4jError.js';

// The single driver of the process (STYLE §9 allows this one piece of module state).
let current: { driver: Driver; connection: Neo4jConnection } | undefined;

/** Opens the process's driver (once) and checks that the server answers. */
export async function connect(connection: Neo4jConnection): Promise<Driver> {
  if (current) return current.driver;
  const auth = connection.password !== null ? neo4j.auth.basic(connection.user, connection.password) : undefined;
  const driver = neo4j.driver(connection.uri, auth, {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 30_000,
    // Short: deadlocks and leader switches clear within seconds; longer outages are waited out
    // by the callers that must not lose work (ingest's retryWrite).
    maxTransactionRetryTime: 15_000,
    // The driver's own logging stays off: we log query names and durations ourselves.
  });
  try {
    await driver.verifyConnectivity(connection.database ? { database: connection.database } : {});
  } catch (error) {
    await driver.close().catch(() => undefined);
    const mapped = mapNeo4jError(error, connection.uri);
    throw mapped instanceof GraphUnavailableError
      ? mapped
      : new GraphUnavailableError(`Cannot connect to Neo4j at ${connection.uri}: ${(error as Error).message}`, { cause: error });
  }
  current = { driver, connection };
  return driver;
}

/** The open driver and its connection settings; throws when connect() has not run. */
export function currentDriver(): { driver: Driver; connection: Neo4jConnection } {
  if (!current) throw new GraphUnavailableError('Neo4j driver used before connect()');
  return current;
}

/** Closes the driver; safe to call twice. */
export async function disconnect(): Promise<void> {
  const open = current;
  current = undefined;
  if (open) await open.driver.close();
}
