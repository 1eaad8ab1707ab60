// npm run bench:soak -- [--events 1000000] [--minutes 10] [--concurrency 32] [--sample 15]
// Soak test of `diplograph serve`: the five dashboard queries (bench/api/dashboardQueries.ts),
// mixed at random, from autocannon at --concurrency for --minutes, on the synthetic graph of
// --events events (built or reused as bench:api does). Samples the API process's resident
// memory every --sample seconds and prints the samples, the growth per minute after the first
// minute (least squares; JIT, caches and pools fill during the first), errors and latency.
// Same Neo4j choice as bench:api.
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { connect, disconnect } from '../src/graph/driver.js';
import { migrate } from '../src/graph/migrate.js';
import { startOurServer } from './api/apiServers.js';
import { startBenchNeo4j } from './api/benchNeo4j.js';
import { DASHBOARD_QUERIES, variableStream } from './api/dashboardQueries.js';
import { percentile, runLoad } from './api/loadTest.js';
import { cpuMs, rssMb } from './api/processUsage.js';
import { ensureSyntheticGraph, prng } from './api/syntheticGraph.js';

const { values: args } = parseArgs({
  options: {
    events: { type: 'string', default: '1000000' },
    minutes: { type: 'string', default: '10' },
    concurrency: { type: 'string', default: '32' },
    sample: { type: 'string', default: '15' },
  },
});
const MINUTES = Number(args.minutes);
const SAMPLE_MS = Number(args.sample) * 1000;

/** Slope of y over x by least squares (MB per minute when x is minutes). */
function slope(points: readonly [number, number][]): number {
  const n = points.length;
  const mx = points.reduce((s, [x]) => s + x, 0) / n;
  const my = points.reduce((s, [, y]) => s + y, 0) / n;
  const sxy = points.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0);
  const sxx = points.reduce((s, [x]) => s + (x - mx) ** 2, 0);
  return sxx === 0 ? 0 : sxy / sxx;
}

const { connection, pid: neo4jPid } = await startBenchNeo4j(7692, 'bench-api');
await connect(connection);
await migrate();
await ensureSyntheticGraph(Number(args.events), 1000, false, (l) => process.stdout.write(l + '\n'));
await disconnect();
const server = await startOurServer(4100, connection.uri);
const pick = prng(11);
const streams = DASHBOARD_QUERIES.map((q) => ({ q, next: variableStream(q, 3) }));
const body = () => {
  const { q, next } = streams[Math.floor(pick() * streams.length)]!;
  return JSON.stringify({ query: q.ours, variables: next() });
};
process.stdout.write(`soak: ${args.events} events, concurrency ${args.concurrency}, ${MINUTES} min, the five queries mixed; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}\n`);
const started = performance.now();
const samples: [number, number][] = [];
const sample = () => {
  const minutes = (performance.now() - started) / 60_000;
  const mb = rssMb(server.pid);
  samples.push([minutes, mb]);
  process.stdout.write(`  ${minutes.toFixed(1).padStart(5)} min  API RSS ${mb.toFixed(0)} MB\n`);
};
sample();
const timer = setInterval(sample, SAMPLE_MS);
const cpu0 = { api: cpuMs(server.pid), db: neo4jPid === null ? Number.NaN : cpuMs(neo4jPid) };
const r = await runLoad(server.url, body, MINUTES * 60, Number(args.concurrency));
clearInterval(timer);
sample();
const cpu1 = { api: cpuMs(server.pid), db: neo4jPid === null ? Number.NaN : cpuMs(neo4jPid) };
await server.stop();
const settled = samples.filter(([m]) => m >= 1);
const rss = settled.map(([, mb]) => mb);
process.stdout.write(
  `requests ${r.requests} (${(r.requests / r.seconds).toFixed(0)}/s), errors ${r.errors}${r.firstError ? ` (first: ${r.firstError})` : ''}\n` +
    `latency ms p50 ${percentile(r.times, 50).toFixed(1)} p95 ${percentile(r.times, 95).toFixed(1)} p99 ${percentile(r.times, 99).toFixed(1)}\n` +
    `CPU ms/request: API ${((cpu1.api - cpu0.api) / r.requests).toFixed(2)}, Neo4j ${((cpu1.db - cpu0.db) / r.requests).toFixed(2)}\n` +
    `API RSS after the first minute: min ${Math.min(...rss).toFixed(0)} MB, max ${Math.max(...rss).toFixed(0)} MB, last ${rss.at(-1)?.toFixed(0)} MB, ` +
    `trend ${slope(settled).toFixed(2)} MB/min\n` +
    `load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}\n`,
);
