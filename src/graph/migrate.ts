import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { projectRoot } from '../config/projectRoot.js';
import { currentDriver } from './driver.js';
import { mapNeo4jError } from './mapNeo4jError.js';
import { loadQueryTexts, compactQueryText } from './queryRegistry.js';
import { runQuery } from './runQuery.js';
import { countrySeedRows } from './countrySeedRows.js';
import { storeMissingDetails } from './storedDetails.js';
import { tallyUntalliedEvents } from './tallies.js';

/** Splits a schema file into statements: `;` ends one, `//` lines are comments. */
export function splitStatements(text: string): string[] {
  return compactQueryText(text)
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Queries that bring graphs written by earlier versions up to the current model, in order. */
const DATA_MIGRATIONS = ['migrations.edge-keys', 'migrations.event-country-keys'] as const;

export interface MigrationSummary {
  readonly statements: number;
  readonly countries: number;
  /** Events given their stored details (Event.detailsJson) because they had none. */
  readonly eventDetails: number;
  /** Events tallied because some event of the graph had never been (0 when all were). */
  readonly talliedEvents: number;
}

/**
 * Applies schema/*.cypher in file-name order, then the data migrations, seeds every country
 * and stores the details of events that have none. Every statement is `IF NOT EXISTS`, each
 * data migration runs once, the seed is a MERGE and only missing details are stored, so
 * running it again changes nothing. A graph with untallied events (written or imported before
 * tallies) has every event tallied.
 */
export async function migrate(): Promise<MigrationSummary> {
  const dir = join(projectRoot(), 'schema');
  const files = readdirSync(dir).filter((f) => f.endsWith('.cypher')).sort();
  const { driver, connection } = currentDriver();
  let statements = 0;
  const session = driver.session(connection.database ? { database: connection.database } : {});
  try {
    for (const file of files) {
      for (const statement of splitStatements(readFileSync(join(dir, file), 'utf8'))) {
        // Schema statements are fixed text from our own files, run one per transaction
        // because Neo4j does not mix schema and data writes.
        await session.executeWrite((tx) => tx.run(statement), { metadata: { query: `schema/${file}` } });
        statements++;
      }
    }
    // Data migrations commit in batches (CALL … IN TRANSACTIONS), which only an auto-commit
    // query may do; each records itself and does nothing once applied.
    for (const name of DATA_MIGRATIONS) {
      await session.run(loadQueryTexts().get(name) ?? '', {}, { metadata: { query: name } });
    }
  } catch (error) {
    throw mapNeo4jError(error, connection.uri, 'migrate');
  } finally {
    await session.close();
  }
  await runQuery('schema.await-indexes', { timeoutSeconds: neo4j.int(300) });
  const [seeded] = await runQuery('countries.seed', { rows: countrySeedRows() });
  const eventDetails = await storeMissingDetails();
  return { statements, countries: seeded?.seeded ?? 0, eventDetails, talliedEvents: await tallyUntalliedEvents() };
}
