// One measured ingest run, in a process of its own so that its memory and CPU are its own:
//   node dist/bench/ingestRun.js FILE BATCH_SIZE [THREADS]   (or node --import tsx bench/ingestRun.ts …)
// prints one JSON line {articles, elapsedMs, writes, eventsCreated, eventsMerged, cpuMs, rss}:
// THREADS extraction workers (0: on the main thread, as before issue 14); RSS is sampled every
// 250 ms over the run (workers included: they are threads of this process).
// With BENCH_EXTRACTOR_VERSION set, every extraction carries that version instead of the
// extractor's, so that a second run re-derives every article as a new extractor version would.
import { loadConfig } from '../src/config/config.js';
import { connect, disconnect } from '../src/graph/driver.js';
import { runQuery } from '../src/graph/runQuery.js';
import { loadLexicons } from '../ingest/lexicons/loadLexicons.js';
import { createExtractPool } from '../ingest/pool/createExtractPool.js';
import { runIngest } from '../ingest/runIngest.js';
import { writeExtractions } from '../ingest/writer/writeExtractions.js';

const [file, batchArg, threadsArg] = process.argv.slice(2);
if (!file || !batchArg) throw new Error('usage: ingestRun.ts FILE BATCH_SIZE [THREADS]');
const threads = Number(threadsArg ?? 0);

const asVersion = process.env['BENCH_EXTRACTOR_VERSION'];
const total = async () => (await runQuery('graph.counts', {})).reduce((sum, r) => sum + r.count, 0);

await connect(loadConfig().neo4j);
const before = await total();
const lexicons = loadLexicons();
const pool = threads > 0 ? createExtractPool({ threads }) : null;
const rss: number[] = [];
// With BENCH_HEAP_GC=1 (and node --expose-gc) the main thread's live heap is also read after a
// full collection every 10 s: what a leak on the writer's side would make grow.
const liveHeap: number[] = [];
const collect = (globalThis as { gc?: () => void }).gc;
let ticks = 0;
const sampler = setInterval(() => {
  rss.push(process.memoryUsage.rss());
  if (process.env['BENCH_HEAP_GC'] === '1' && collect && ++ticks % 40 === 0) {
    collect();
    liveHeap.push(process.memoryUsage().heapUsed);
  }
}, 250);
const cpuBefore = process.cpuUsage();
const started = performance.now();
const result = await runIngest({
  inputs: [file],
  lexicons,
  batchSize: Number(batchArg),
  dryRun: false,
  rejectsPath: null,
  write: asVersion ? (batch) => writeExtractions(batch.map((b) => ({ ...b, extraction: { ...b.extraction, extractorVersion: asVersion } }))) : writeExtractions,
  ...(pool ? { extract: pool.extract } : {}),
});
const elapsedMs = performance.now() - started;
const cpu = process.cpuUsage(cpuBefore);
clearInterval(sampler);
await pool?.close();
const after = await total();
await disconnect();

const mb = (bytes: number) => Math.round(bytes / 1_048_576);
const half = Math.floor(rss.length / 2);
process.stdout.write(
  JSON.stringify({
    articles: result.ingested,
    rejected: result.rejected,
    elapsedMs: Math.round(elapsedMs),
    writes: after - before,
    eventsCreated: result.eventsCreated,
    eventsMerged: result.eventsMerged,
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    // Peak RSS of each half of the run: flat memory shows as two close figures.
    rss: { firstHalfMaxMb: mb(Math.max(0, ...rss.slice(0, half))), secondHalfMaxMb: mb(Math.max(0, ...rss.slice(half))), samples: rss.length },
    // Peak RSS of each tenth of the run: a leak shows as a rising series, garbage collection as noise.
    liveHeapMb: liveHeap.map(mb),
    rssTenthsMb: Array.from({ length: 10 }, (_, i) => rss.slice(Math.floor((i * rss.length) / 10), Math.floor(((i + 1) * rss.length) / 10))).map((s) => mb(Math.max(0, ...s))),
  }) + '\n',
);
