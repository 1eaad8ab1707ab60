// npm run bench:ingest [-- --size 1000000] — end-to-end ingest speed on a synthetic corpus (bench/generateCorpus.ts):
// articles/s and graph writes/s for 5k and 20k articles (peak RSS of each, to show memory stays
// flat), and the same corpus written one transaction per article as a baseline (on a prefix,
// because that baseline is slow), as a ratio. Uses a bench Neo4j of its own on port 7691
// (data in .neo4j/bench) unless NEO4J_URI is set — whose data it WIPES. --size N (or a list
// N,M) sets the corpus sizes in articles (BENCH_SIZES the same).
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config/config.js';
import { projectRoot } from '../src/config/projectRoot.js';
import { connect, disconnect } from '../src/graph/driver.js';
import { start } from '../src/graph/localNeo4j.js';
import { migrate } from '../src/graph/migrate.js';
import { runQuery } from '../src/graph/runQuery.js';
import { generateCorpus } from './generateCorpus.js';

const { values: args } = parseArgs({ options: { size: { type: 'string', default: process.env.BENCH_SIZES ?? '5000,20000' } } });
const SIZES = args.size.split(',').map(Number);
const BASELINE = Number(process.env.BENCH_BASELINE_ARTICLES ?? 500);
const BATCH = Number(process.env.DIPLOGRAPH_BATCH_SIZE ?? 1000);

const root = projectRoot();
const dir = join(root, '.bench');
mkdirSync(dir, { recursive: true });

async function writeCorpus(articles: number): Promise<string> {
  const path = join(dir, `corpus-${articles}.jsonl`);
  const out = createWriteStream(path);
  for (const a of generateCorpus({ articles, seed: 42 })) {
    if (!out.write(JSON.stringify(a) + '\n')) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return path;
}

interface RunResult {
  articles: number;
  rejected: number;
  elapsedMs: number;
  writes: number;
  eventsCreated: number;
  eventsMerged: number;
  maxRssMb: number;
}

function ingestOnce(file: string, batchSize: number, uri: string): RunResult {
  const child = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'bench', 'ingestRun.ts'), file, String(batchSize)], {
    env: { ...process.env, NEO4J_URI: uri, LOG_LEVEL: 'warn' },
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  if (child.status !== 0) throw new Error(`ingest run failed:\n${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').pop() as string) as RunResult;
}

const config = loadConfig();
let uri = config.neo4j.uri;
if (!config.neo4j.external) {
  const bench = { ...config.localNeo4j, port: 7691, home: join(root, '.neo4j', 'bench') };
  uri = (await start(bench, (l) => console.error(l))).uri;
}
await connect({ ...config.neo4j, uri });
await migrate();
const wipe = () => runQuery('graph.wipe', {});

const rate = (n: number, ms: number) => (n / (ms / 1000)).toFixed(0);
console.log(`diplograph bench:ingest — batch size ${BATCH}, server ${uri}`);
let batchedRate = 0;
for (const size of SIZES) {
  const file = await writeCorpus(size);
  await wipe();
  const r = ingestOnce(file, BATCH, uri);
  batchedRate = r.articles / (r.elapsedMs / 1000);
  console.log(
    `${String(size).padStart(6)} articles: ${rate(r.articles, r.elapsedMs)} articles/s end to end, ` +
      `${rate(r.writes, r.elapsedMs)} graph writes/s (${r.writes} nodes+relationships), ` +
      `events created ${r.eventsCreated} / merged ${r.eventsMerged}, peak RSS ${r.maxRssMb} MB, ${(r.elapsedMs / 1000).toFixed(1)} s`,
  );
}
const baselineFile = await writeCorpus(BASELINE);
await wipe();
const b = ingestOnce(baselineFile, 1, uri);
const baselineRate = b.articles / (b.elapsedMs / 1000);
console.log(
  `baseline, one transaction per article (${BASELINE} articles of the same corpus): ${baselineRate.toFixed(0)} articles/s, ` +
    `${rate(b.writes, b.elapsedMs)} graph writes/s`,
);
console.log(`batched / per-article: ${(batchedRate / baselineRate).toFixed(1)}×`);
await wipe();
await disconnect();
