// npm run bench:graph -- --events 1000000 [--import | --bulk] [--batch 5000]
// Builds (or grows) the synthetic graph bench:api and bench:soak measure, without measuring
// anything. By default through the ingest writer (writeExtractions); --bulk through the
// writer's planning and queries minus the steps whose cost grows with the graph
// (bench/api/bulkWrite.ts); --import with neo4j-admin's full import of the same nodes,
// relationships and properties (bench/api/importCsv.ts), replacing the local database: the
// way to a million events on two shared cores (minutes, where the writer takes hours).
// Same server choice as bench:api.
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { loadConfig } from '../src/config/config.js';
import { connect, disconnect } from '../src/graph/driver.js';
import { migrate } from '../src/graph/migrate.js';
import { runQuery } from '../src/graph/runQuery.js';
import { benchLocalNeo4j, startBenchNeo4j } from './api/benchNeo4j.js';
import { importSyntheticGraph } from './api/importGraph.js';
import { ensureSyntheticGraph } from './api/syntheticGraph.js';

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '100000' },
    batch: { type: 'string', default: '1000' },
    bulk: { type: 'boolean', default: false },
    import: { type: 'boolean', default: false },
  },
});
const log = (l: string) => process.stdout.write(l + '\n');
if (values.import) {
  if (loadConfig().neo4j.external) throw new Error('--import needs the local Neo4j (unset NEO4J_URI)');
  await importSyntheticGraph(benchLocalNeo4j(7692, 'bench-api'), Number(values.events), log);
}
const { connection } = await startBenchNeo4j(7692, 'bench-api');
await connect(connection);
let started = performance.now();
const summary = await migrate();
await runQuery('schema.await-indexes', { timeoutSeconds: neo4j.int(3600) });
log(`migrate: ${summary.statements} schema statements, ${summary.countries} countries seeded, ${summary.eventDetails} event details stored, indexes online (${((performance.now() - started) / 1000).toFixed(0)} s)`);
started = performance.now();
if (!values.import) await ensureSyntheticGraph(Number(values.events), Number(values.batch), values.bulk, log);
await disconnect();
