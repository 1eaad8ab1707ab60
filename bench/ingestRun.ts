// One measured ingest run, in a process of its own so that its peak RSS is its own:
//   node --import tsx bench/ingestRun.ts FILE BATCH_SIZE
// prints one JSON line {articles, elapsedMs, writes, maxRssMb, eventsCreated, eventsMerged}.
// With BENCH_EXTRACTOR_VERSION set, every extraction carries that version instead of the
// extractor's, so that a second run re-derives every article as a new extractor version would.
import { loadConfig } from '../src/config/config.js';
import { connect, disconnect } from '../src/graph/driver.js';
import { runQuery } from '../src/graph/runQuery.js';
import { loadLexicons } from '../ingest/lexicons/loadLexicons.js';
import { runIngest } from '../ingest/runIngest.js';
import { writeExtractions } from '../ingest/writer/writeExtractions.js';

const [file, batchArg] = process.argv.slice(2);
if (!file || !batchArg) throw new Error('usage: ingestRun.ts FILE BATCH_SIZE');

const asVersion = process.env['BENCH_EXTRACTOR_VERSION'];
const total = async () => (await runQuery('graph.counts', {})).reduce((sum, r) => sum + r.count, 0);

await connect(loadConfig().neo4j);
const before = await total();
const lexicons = loadLexicons();
const started = performance.now();
const result = await runIngest({
  inputs: [file],
  lexicons,
  batchSize: Number(batchArg),
  dryRun: false,
  rejectsPath: null,
  write: asVersion ? (batch) => writeExtractions(batch.map((b) => ({ ...b, extraction: { ...b.extraction, extractorVersion: asVersion } }))) : writeExtractions,
});
const elapsedMs = performance.now() - started;
const after = await total();
await disconnect();
process.stdout.write(
  JSON.stringify({
    articles: result.ingested,
    rejected: result.rejected,
    elapsedMs: Math.round(elapsedMs),
    writes: after - before,
    eventsCreated: result.eventsCreated,
    eventsMerged: result.eventsMerged,
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  }) + '\n',
);
