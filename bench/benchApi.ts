// npm run bench:api -- [--events 100000] [--seconds 15] [--warmup 15] [--concurrency 8] [--rounds 3] [--only TEXT] [--no-peer] [--before DIR] [--port 4100]
// GraphQL API latency on a synthetic graph of --events events (bench/api/syntheticGraph.ts):
// the five dashboard queries, each run for --seconds (in --rounds turns) from autocannon at --concurrency with
// varying parameters, against `diplograph serve` and, side by side in the same run, against
// @neo4j/graphql (Neo4j's own GraphQL library, bench/api/peerServer.ts) over the same graph
// with the same parameter stream. Prints p50 / p95 / p99 (ms, from every response time),
// req/s, errors and CPU per request of the API process and of the Neo4j process (ms), then
// the p95 ratio. --before DIR adds `diplograph serve` from another built checkout (an earlier
// version: before/after in the same run, same load). Servers run in processes of their own; `npm run bench:api` builds ours
// first. Uses its own Neo4j on port 7692 (data in .neo4j/bench-api; DIPLOGRAPH_NEO4J_PORT and
// DIPLOGRAPH_NEO4J_HOME override) unless NEO4J_URI is set; a graph of enough synthetic events
// is reused (a smaller one grown), anything else in that database is WIPED. The servers listen
// on --port (ours), +1 (the peer) and +2 (--before): 4100–4102 unless BENCH_API_PORT or --port
// moves them, so that two people benchmarking on one machine keep apart.
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { connect, disconnect } from '../src/graph/driver.js';
import { migrate } from '../src/graph/migrate.js';
import { startOurServer, startPeerServer, type RunningServer } from './api/apiServers.js';
import { startBenchNeo4j } from './api/benchNeo4j.js';
import { DASHBOARD_QUERIES, variableStream, type DashboardQuery } from './api/dashboardQueries.js';
import { percentile, runLoad } from './api/loadTest.js';
import { cpuMs } from './api/processUsage.js';
import { ensureSyntheticGraph } from './api/syntheticGraph.js';

const { values: args } = parseArgs({
  options: {
    events: { type: 'string', default: process.env.BENCH_API_EVENTS ?? '100000' },
    seconds: { type: 'string', default: process.env.BENCH_API_SECONDS ?? '15' },
    warmup: { type: 'string', default: process.env.BENCH_API_WARMUP_SECONDS ?? '15' },
    concurrency: { type: 'string', default: process.env.BENCH_API_CONCURRENCY ?? '8' },
    rounds: { type: 'string', default: '3' },
    only: { type: 'string', default: process.env.BENCH_API_ONLY ?? '' },
    'no-peer': { type: 'boolean', default: false },
    bulk: { type: 'boolean', default: false },
    before: { type: 'string' },
    port: { type: 'string', default: process.env.BENCH_API_PORT ?? '4100' },
  },
});
const SECONDS = Number(args.seconds);
const WARMUP = Number(args.warmup);
const CONCURRENCY = Number(args.concurrency);
const TARGET_P95_MS = 50;
const TARGET_RATIO = 1.5;
const ROUNDS = Number(args.rounds);
const PORT = Number(args.port);
const QUERIES = DASHBOARD_QUERIES.filter((q) => q.name.includes(args.only));

/** One server's figures for one query. */
interface Measure {
  p50: number;
  p95: number;
  p99: number;
  rate: number;
  errors: number;
  apiCpu: number;
  dbCpu: number;
}

/** What one server's load run of one query gave: response times, errors, requests and CPU used. */
interface Slice {
  times: number[];
  errors: number;
  requests: number;
  seconds: number;
  apiCpuMs: number;
  dbCpuMs: number;
}

/** Loads `server` with query `q` for `seconds`; with `neo4jPid`, reads both processes' CPU. */
async function loadSlice(server: RunningServer, q: DashboardQuery, text: string, seconds: number, neo4jPid: number | null, seed: number): Promise<Slice> {
  const next = variableStream(q, seed);
  const cpu = () => ({ api: cpuMs(server.pid), db: neo4jPid === null ? Number.NaN : cpuMs(neo4jPid) });
  const before = cpu();
  const r = await runLoad(server.url, () => JSON.stringify({ query: text, variables: next() }), seconds, CONCURRENCY);
  const after = cpu();
  if (r.firstError) process.stderr.write(`  ${q.name}: ${r.errors} failed, first: ${r.firstError}\n`);
  return { times: r.times, errors: r.errors, requests: r.requests, seconds, apiCpuMs: after.api - before.api, dbCpuMs: after.db - before.db };
}

/** Percentiles, rate, errors and CPU per request over several slices of one server and query. */
function summarize(slices: readonly Slice[]): Measure {
  const times = slices.flatMap((s) => s.times).sort((a, b) => a - b);
  const requests = slices.reduce((n, s) => n + s.requests, 0);
  const seconds = slices.reduce((n, s) => n + s.seconds, 0);
  const sum = (k: 'apiCpuMs' | 'dbCpuMs' | 'errors') => slices.reduce((n, s) => n + s[k], 0);
  const n = Math.max(1, requests);
  return {
    p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99), rate: requests / seconds, errors: sum('errors'),
    apiCpu: sum('apiCpuMs') / n, dbCpu: sum('dbCpuMs') / n,
  };
}

const cols = (m: Measure) =>
  [m.p50, m.p95, m.p99].map((v) => v.toFixed(1).padStart(7)).join('') + m.rate.toFixed(0).padStart(7) + String(m.errors).padStart(6) +
  m.apiCpu.toFixed(2).padStart(8) + m.dbCpu.toFixed(2).padStart(8);

async function main(): Promise<void> {
  const { connection, pid: neo4jPid } = await startBenchNeo4j(7692, 'bench-api');
  await connect(connection);
  await migrate();
  await ensureSyntheticGraph(Number(args.events), args.bulk ? 5000 : 1000, args.bulk, (l) => process.stdout.write(l + '\n'));
  await disconnect();
  const ours = await startOurServer(PORT, connection.uri);
  const peer = args['no-peer'] ? null : await startPeerServer(PORT + 1, connection.uri);
  const before = args.before ? await startOurServer(PORT + 2, connection.uri, args.before) : null;
  const servers = [
    { name: 'ours', server: ours, text: (q: DashboardQuery) => q.ours },
    ...(peer ? [{ name: '@neo4j/graphql', server: peer, text: (q: DashboardQuery) => q.peer }] : []),
    ...(before ? [{ name: 'ours before', server: before, text: (q: DashboardQuery) => q.ours }] : []),
  ];
  process.stdout.write(`\n${args.events} events, concurrency ${CONCURRENCY}, ${SECONDS} s per query and server after ${WARMUP} s of warm-up; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}\n`);
  process.stdout.write(`CPU ms/request: API process and Neo4j process${neo4jPid === null ? ' (Neo4j external: not read)' : ''}\n\n`);
  process.stdout.write(`${'query'.padEnd(40)}${'server'.padEnd(16)} p50 ms p95 ms p99 ms  req/s  errs api cpu  db cpu\n`);
  // Warm-up, not measured: Neo4j's page cache, query plans and JIT, V8's JIT and Apollo's
  // document cache all start cold, and a dashboard server runs warm. The same concurrent load
  // as the measure: a short sequential warm-up left a fresh Neo4j still compiling.
  for (const q of QUERIES) for (const s of servers) await loadSlice(s.server, q, s.text(q), WARMUP, null, 1);
  const failures: string[] = [];
  for (const q of QUERIES) {
    // The servers take turns, --rounds slices each, so that a change in the machine's other
    // load (2 shared cores) falls on all of them alike rather than on whichever ran then.
    const slices: Slice[][] = servers.map(() => []);
    for (let round = 0; round < ROUNDS; round++) {
      for (const [i, s] of servers.entries()) slices[i]!.push(await loadSlice(s.server, q, s.text(q), SECONDS / ROUNDS, neo4jPid, 7 + round));
    }
    const results = slices.map(summarize);
    for (const [i, s] of servers.entries()) process.stdout.write(`${q.name.padEnd(40)}${s.name.padEnd(16)}${cols(results[i]!)}\n`);
    const [mine, theirs] = [results[0]!, peer ? results[1] : undefined];
    if (mine.p95 >= TARGET_P95_MS) failures.push(`${q.name}: p95 ${mine.p95.toFixed(1)} ms ≥ ${TARGET_P95_MS} ms`);
    if (mine.errors > 0) failures.push(`${q.name}: ${mine.errors} errors`);
    if (theirs) {
      const ratio = theirs.p95 / mine.p95;
      process.stdout.write(`${''.padEnd(40)}${'p95 ratio'.padEnd(16)}${ratio.toFixed(2).padStart(7)}×\n`);
      if (ratio < TARGET_RATIO) failures.push(`${q.name}: ${ratio.toFixed(2)}× @neo4j/graphql's p95 < ${TARGET_RATIO}×`);
    }
  }
  await ours.stop();
  await peer?.stop();
  await before?.stop();
  process.stdout.write(`\nload average ${loadavg().map((l) => l.toFixed(2)).join(' ')}\n`);
  process.stdout.write(failures.length ? `Off target:\n  ${failures.join('\n  ')}\n` : `Every query: p95 < ${TARGET_P95_MS} ms${peer ? ` and ≥ ${TARGET_RATIO}× faster than @neo4j/graphql` : ''}\n`);
}

await main();
