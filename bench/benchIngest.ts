// npm run bench:ingest [-- --size 20000[,100000]] [-- --threads 0,2]
// End-to-end ingest speed on a synthetic corpus (bench/generateCorpus.ts), extraction included:
// for each size, a run per thread count (0: extraction on the main thread, as before issue 14;
// N: a pool of N extraction workers), back to back on the same server, after a warm-up run.
// Each prints articles/s and graph writes/s, the CPU spent per 1,000 articles by the ingest
// process and by Neo4j (the machine is shared: CPU time is what a free machine would need),
// the load average, and peak RSS in each half of the run (flat memory: two close figures).
// Then two ingest processes at once on the two halves of the largest corpus: their combined
// articles/s, and whether the graph equals the one-process graph (queries/graph.fingerprint).
// Last, the one-transaction-per-article baseline on a prefix (BENCH_BASELINE_ARTICLES, 0 skips).
// Uses a bench Neo4j of its own (port 7691, data in .neo4j/bench; DIPLOGRAPH_NEO4J_PORT and
// DIPLOGRAPH_NEO4J_HOME choose others) unless NEO4J_URI is set — whose data it WIPES.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { loadConfig } from '../src/config/config.js';
import { projectRoot } from '../src/config/projectRoot.js';
import { connect, disconnect } from '../src/graph/driver.js';
import { start } from '../src/graph/localNeo4j.js';
import { migrate } from '../src/graph/migrate.js';
import { runQuery } from '../src/graph/runQuery.js';
import { generateCorpus, type RawJsonArticle } from './generateCorpus.js';

const flag = (name: string): string | undefined => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const list = (value: string) => value.split(',').map(Number);
const SIZES = list(flag('size') ?? process.env.BENCH_SIZES ?? '5000,20000');
const THREADS = list(flag('threads') ?? process.env.BENCH_THREADS ?? `0,${availableParallelism()}`);
const BASELINE = Number(process.env.BENCH_BASELINE_ARTICLES ?? 500);
// BENCH_TWO_PROCESSES=0 skips the two-process run (to measure one configuration alone).
const TWO_PROCESSES = process.env.BENCH_TWO_PROCESSES !== '0';
const BATCH = Number(process.env.DIPLOGRAPH_BATCH_SIZE ?? 1000);
const WARMUP = 2000;

const root = projectRoot();
const dir = join(root, '.bench');
mkdirSync(dir, { recursive: true });

async function writeCorpus(name: string, articles: Iterable<RawJsonArticle>): Promise<string> {
  const path = join(dir, `${name}.jsonl`);
  const out = createWriteStream(path);
  for (const a of articles) if (!out.write(JSON.stringify(a) + '\n')) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
  return path;
}
const corpusOf = (articles: number) => generateCorpus({ articles, seed: 42 });

interface RunResult {
  articles: number;
  rejected: number;
  elapsedMs: number;
  writes: number;
  eventsCreated: number;
  eventsMerged: number;
  cpuMs: number;
  rss: { firstHalfMaxMb: number; secondHalfMaxMb: number; samples: number };
  rssTenthsMb: number[];
  liveHeapMb: number[];
}

// The compiled run (npm run bench:ingest builds first), with the flags of bin/diplograph.js: the
// path `diplograph ingest` takes, whose workers load JavaScript, not TypeScript through tsx.
async function ingestChild(file: string, batchSize: number, threads: number, uri: string): Promise<RunResult> {
  const run = join(root, 'dist', 'bench', 'ingestRun.js');
  const gc = process.env.BENCH_HEAP_GC === '1' ? ['--expose-gc'] : [];
  const child = spawn(process.execPath, ['--max-semi-space-size=64', ...gc, run, file, String(batchSize), String(threads)], {
    env: { ...process.env, NEO4J_URI: uri, LOG_LEVEL: 'warn' },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d));
  child.stderr.on('data', (d: Buffer) => (stderr += d));
  const [code] = (await once(child, 'close')) as [number];
  if (code !== 0) throw new Error(`ingest run failed:\n${stderr}`);
  return JSON.parse(stdout.trim().split('\n').pop() as string) as RunResult;
}

/** CPU seconds the local Neo4j has used so far (null for a server we did not start). */
function neo4jCpuSeconds(pid: number | null): number | null {
  if (pid === null || !existsSync(`/proc/${pid}/stat`)) return null;
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  // utime and stime, fields 14 and 15 of stat (11 and 12 after the command), in 1/100 s.
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

const config = loadConfig();
let uri = config.neo4j.uri;
let neo4jPid: number | null = null;
if (!config.neo4j.external) {
  const custom = process.env.DIPLOGRAPH_NEO4J_PORT !== undefined;
  const bench = custom ? config.localNeo4j : { ...config.localNeo4j, port: 7691, home: join(root, '.neo4j', 'bench') };
  const server = await start(bench, (l) => console.error(l));
  uri = server.uri;
  neo4jPid = server.pid;
}
await connect({ ...config.neo4j, uri });
await migrate();
const wipe = () => runQuery('graph.wipe', {});
const fingerprint = async () => (await runQuery('graph.fingerprint', {})).map((r) => `${r.kind} ${r.fact}`).join('\n');
/** Events, persons and relations: more of them in one graph than in the other would be duplicates. */
const entityCounts = async () =>
  (await runQuery('graph.counts', {}))
    .filter((r) => r.kind === 'node' && ['Event', 'Person', 'Relation'].includes(r.name))
    .map((r) => `${r.count} ${r.name.toLowerCase()}s`)
    .join(', ');

const rate = (n: number, ms: number) => (n / (ms / 1000)).toFixed(0);
const load = () => loadavg()[0]?.toFixed(1);

/** One measured run on a wiped graph, printed as one line. */
async function measure(label: string, file: string, threads: number): Promise<RunResult> {
  await wipe();
  const loadBefore = load();
  const neo4jBefore = neo4jCpuSeconds(neo4jPid);
  const r = await ingestChild(file, BATCH, threads, uri);
  const neo4jAfter = neo4jCpuSeconds(neo4jPid);
  const perK = (ms: number) => ((ms / r.articles) * 1000) / 1000;
  const ingestCpu = perK(r.cpuMs);
  const dbCpu = neo4jBefore === null || neo4jAfter === null ? null : perK((neo4jAfter - neo4jBefore) * 1000);
  const cpuText =
    dbCpu === null
      ? `ingest CPU ${ingestCpu.toFixed(2)} s`
      : `CPU per 1,000 articles: ingest ${ingestCpu.toFixed(2)} s + Neo4j ${dbCpu.toFixed(2)} s ` +
        `(ceiling on ${availableParallelism()} free cores: ${((availableParallelism() * 1000) / (ingestCpu + dbCpu)).toFixed(0)} articles/s)`;
  console.log(
    `${label}: ${rate(r.articles, r.elapsedMs)} articles/s end to end, ${rate(r.writes, r.elapsedMs)} graph writes/s, ` +
      `events created ${r.eventsCreated} / merged ${r.eventsMerged}, ${(r.elapsedMs / 1000).toFixed(1)} s; ${cpuText}; ` +
      `RSS peak ${r.rss.firstHalfMaxMb} MB first half / ${r.rss.secondHalfMaxMb} MB second half (by tenths: ${r.rssTenthsMb.join(' ')})${r.liveHeapMb.length ? `; main-thread live heap every 10 s: ${r.liveHeapMb.join(' ')} MB` : ''}; load ${loadBefore} → ${load()}`,
  );
  return r;
}

console.log(`diplograph bench:ingest — batch size ${BATCH}, server ${uri}, ${availableParallelism()} cores`);
await wipe();
await ingestChild(await writeCorpus(`corpus-${WARMUP}`, corpusOf(WARMUP)), BATCH, 0, uri);
let oneProcess = '';
let oneProcessCounts = '';
for (const size of SIZES) {
  const file = await writeCorpus(`corpus-${size}`, corpusOf(size));
  for (const threads of THREADS) await measure(`${String(size).padStart(7)} articles, ${threads === 0 ? 'main thread' : `${threads} workers`}`, file, threads);
  oneProcess = await fingerprint();
  oneProcessCounts = await entityCounts();
}

// Two processes at once, each on one half of the largest corpus, each with half the workers.
if (TWO_PROCESSES) await twoProcesses();
async function twoProcesses() {
  const size = SIZES[SIZES.length - 1] as number;
  const articles = [...corpusOf(size)];
  const halves = [
    await writeCorpus(`corpus-${size}-first-half`, articles.slice(0, size / 2)),
    await writeCorpus(`corpus-${size}-second-half`, articles.slice(size / 2)),
  ];
  const workers = Math.max(1, Math.floor(Math.max(...THREADS) / 2));
  await wipe();
  const loadBefore = load();
  const [a, b] = await Promise.all(halves.map((half) => ingestChild(half, BATCH, workers, uri)));
  if (!a || !b) throw new Error('two-process run gave no result');
  const same = (await fingerprint()) === oneProcess;
  const twoProcessCounts = await entityCounts();
  console.log(
    `two processes at once (${workers} workers each, halves of ${size}): ${rate(a.articles + b.articles, Math.max(a.elapsedMs, b.elapsedMs))} articles/s combined ` +
      `(${rate(a.articles, a.elapsedMs)} + ${rate(b.articles, b.elapsedMs)}); graph ${same ? 'EQUALS' : 'DIFFERS FROM'} the one-process graph ` +
      `(${twoProcessCounts} against ${oneProcessCounts})` +
      `; RSS peak ${Math.max(a.rss.secondHalfMaxMb, b.rss.secondHalfMaxMb)} MB each; load ${loadBefore} → ${load()}`,
  );
}

if (BASELINE > 0) {
  await wipe();
  const b1 = await ingestChild(await writeCorpus(`corpus-${BASELINE}`, corpusOf(BASELINE)), 1, 0, uri);
  console.log(`baseline, one transaction per article (${BASELINE} articles of the same corpus): ${rate(b1.articles, b1.elapsedMs)} articles/s`);
}
await wipe();
await disconnect();
