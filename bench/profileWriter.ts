// npm run bench:profile-writer [-- --size 20000] [-- --profiled 3]
// Where the ingest writer's time goes, query by query, without extraction: the synthetic corpus
// (bench/generateCorpus.ts) is extracted once and kept in .bench/extracted-N.jsonl; the graph is
// wiped and every batch but the last `--profiled` ones is written with writeExtractions,
// measuring the writer's own JS CPU and Neo4j's CPU (from /proc) per 1,000 articles. Each of the
// last batches then runs twice, step by step in a transaction of its own: once under PROFILE
// (db hits per query; rolled back), once plainly, timing each step's wall time and Neo4j CPU
// (committed, so the next batch sees it). Needs the local Neo4j (its pid for /proc), e.g.
//   DIPLOGRAPH_NEO4J_PORT=7730 DIPLOGRAPH_NEO4J_HOME=.neo4j/writer npm run bench:profile-writer
// It WIPES that graph.
import { createWriteStream, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import type { ManagedTransaction, ProfiledPlan } from 'neo4j-driver';
import { loadConfig } from '../src/config/config.js';
import { projectRoot } from '../src/config/projectRoot.js';
import { connect, currentDriver, disconnect } from '../src/graph/driver.js';
import { fromNeo4j } from '../src/graph/fromNeo4j.js';
import { status } from '../src/graph/localNeo4j.js';
import { migrate } from '../src/graph/migrate.js';
import { loadQueryTexts, type QueryName } from '../src/graph/queryRegistry.js';
import { runQuery, type LaterWriteStep, type RowsOf, type TransactionQuery, type WriteStep } from '../src/graph/runQuery.js';
import { articleFromRecord } from '../ingest/readers/articleFromRecord.js';
import { extractSafely } from '../ingest/extractSafely.js';
import { loadLexicons } from '../ingest/lexicons/loadLexicons.js';
import type { ExtractedArticle } from '../ingest/writer/planBatch.js';
import { prepareBatch, writeExtractions } from '../ingest/writer/writeExtractions.js';
import { generateCorpus } from './generateCorpus.js';

const flag = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const SIZE = flag('size', 20000);
const PROFILED = flag('profiled', 3);
const BATCH = 1000;

/** The corpus's extractions, extracted once and kept as JSONL (extraction is not measured here). */
async function extractedCorpus(): Promise<ExtractedArticle[]> {
  const dir = join(projectRoot(), '.bench');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `extracted-${SIZE}.jsonl`);
  if (!existsSync(path)) {
    const lexicons = loadLexicons();
    const out = createWriteStream(path);
    for (const raw of generateCorpus({ articles: SIZE, seed: 42 })) {
      const item = articleFromRecord(raw, 'bench');
      if (item.kind !== 'article') continue;
      const outcome = extractSafely(item.article, lexicons);
      if ('error' in outcome) continue;
      if (!out.write(JSON.stringify(outcome) + '\n')) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');
  }
  return readFileSync(path, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as ExtractedArticle);
}

/** CPU seconds the local Neo4j has used so far, from /proc (1/100 s ticks). */
function neo4jCpu(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

const jsCpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

const dbHits = (plan: ProfiledPlan): number => plan.dbHits + plan.children.reduce((sum, c) => sum + dbHits(c), 0);

interface StepFigures {
  dbHits: number;
  rows: number;
  ms: number;
  neo4jS: number;
  runs: number;
  /** Size of the parameters sent, as JSON (what the driver packs). */
  paramKb?: number;
}

/** Runs a batch's transaction step by step (as runWriteTransaction does), timing or profiling each. */
async function runSteps(batch: readonly ExtractedArticle[], pid: number, profile: boolean, figures: Map<string, StepFigures>): Promise<void> {
  const texts = loadQueryTexts();
  const session = currentDriver().driver.session();
  const tx = session.beginTransaction();
  const run = async (name: QueryName, params: unknown) => {
    const cpu0 = neo4jCpu(pid);
    const t0 = performance.now();
    const result = await (tx as unknown as ManagedTransaction).run((profile ? 'PROFILE ' : '') + (texts.get(name) as string), params as Record<string, unknown>);
    const f = figures.get(name) ?? { dbHits: 0, rows: 0, ms: 0, neo4jS: 0, runs: 0 };
    f.runs++;
    f.rows += result.records.length;
    if (!profile) f.paramKb = (f.paramKb ?? 0) + JSON.stringify(params).length / 1024;
    if (profile) f.dbHits += result.summary.profile ? dbHits(result.summary.profile) : 0;
    else {
      f.ms += performance.now() - t0;
      f.neo4jS += neo4jCpu(pid) - cpu0;
    }
    figures.set(name, f);
    return result.records.map((r) => fromNeo4j(r.toObject()));
  };
  try {
    const query = ((name, params) => run(name, params)) as TransactionQuery;
    const { steps } = await prepareBatch(batch, query);
    const latest = new Map<string, unknown[]>();
    const rowsOf = ((name: string) => latest.get(name) ?? []) as RowsOf;
    for (const stepOrFn of steps as (WriteStep | LaterWriteStep)[]) {
      const step = typeof stepOrFn === 'function' ? stepOrFn(rowsOf) : stepOrFn;
      if (step !== null) latest.set(step.name, await run(step.name, step.params));
    }
    const cpu0 = neo4jCpu(pid);
    const t0 = performance.now();
    await (profile ? tx.rollback() : tx.commit());
    if (!profile) {
      const f = figures.get('(commit)') ?? { dbHits: 0, rows: 0, ms: 0, neo4jS: 0, runs: 0 };
      figures.set('(commit)', { ...f, ms: f.ms + performance.now() - t0, neo4jS: f.neo4jS + neo4jCpu(pid) - cpu0, runs: f.runs + 1 });
    }
  } finally {
    await session.close();
  }
}

function printFigures(title: string, figures: Map<string, StepFigures>, batches: number): void {
  console.log(`\n${title} (per batch of ${BATCH}, mean of ${batches})`);
  const rows = [...figures.entries()].sort((a, b) => b[1].dbHits + b[1].neo4jS * 1e6 - (a[1].dbHits + a[1].neo4jS * 1e6));
  for (const [name, f] of rows) {
    const per = (n: number) => n / batches;
    console.log(
      `${name.padEnd(34)} ${String(Math.round(per(f.dbHits))).padStart(9)} db hits ${String(Math.round(per(f.rows))).padStart(6)} rows ` +
        `${per(f.ms).toFixed(0).padStart(6)} ms ${per(f.neo4jS).toFixed(2).padStart(6)} s Neo4j CPU ${per(f.paramKb ?? 0).toFixed(0).padStart(6)} kB sent`,
    );
  }
}

const config = loadConfig();
const server = status(config.localNeo4j);
if (server.state !== 'running') throw new Error(`start the local Neo4j first (port ${config.localNeo4j.port})`);
await connect({ ...config.neo4j, uri: server.uri });
if (process.env.BENCH_NO_MIGRATE !== "1") await migrate();
const corpus = await extractedCorpus();
await runQuery('graph.wipe', {});
const batches: ExtractedArticle[][] = [];
for (let i = 0; i < corpus.length; i += BATCH) batches.push(corpus.slice(i, i + BATCH));
const prefix = batches.slice(0, batches.length - PROFILED);
const js0 = jsCpu();
const db0 = neo4jCpu(server.pid);
const t0 = performance.now();
let written = 0;
for (const batch of prefix) written += (await writeExtractions(batch)).written;
const perK = (s: number) => ((s / written) * 1000).toFixed(2);
console.log(
  `writer alone, ${written} articles in ${prefix.length} batches: ${(written / ((performance.now() - t0) / 1000)).toFixed(0)} articles/s; ` +
    `CPU per 1,000 articles: writer JS ${perK(jsCpu() - js0)} s + Neo4j ${perK(neo4jCpu(server.pid) - db0)} s`,
);
const profiled = new Map<string, StepFigures>();
const timed = new Map<string, StepFigures>();
for (const batch of batches.slice(prefix.length)) {
  await runSteps(batch, server.pid, true, profiled);
  await runSteps(batch, server.pid, false, timed);
}
const n = batches.length - prefix.length;
printFigures('PROFILE', profiled, n);
printFigures('timed', timed, n);
await disconnect();
