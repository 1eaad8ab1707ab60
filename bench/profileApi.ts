// npm run bench:profile-api -- --only meetings [--seconds 15] [--warmup 8] [--concurrency 8] [--root DIR] [--out DIR]
// CPU profile of `diplograph serve` under the load bench:api puts on it: the server (this
// checkout's build, or --root's) runs with `node --cpu-prof`, one dashboard query (the first
// whose name contains --only) is sent at --concurrency for --warmup then --seconds, and the
// server is stopped, which writes a .cpuprofile into --out (open it in Chrome DevTools'
// Performance panel). Uses bench:api's Neo4j (port 7692, .neo4j/bench-api; DIPLOGRAPH_NEO4J_PORT
// and DIPLOGRAPH_NEO4J_HOME override) and its graph as it is: build one first with bench:graph.
// A profile samples wall time on the main thread: time the process waits for a core (while
// Neo4j or the load generator run) is charged to whatever it was doing, often a socket write.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '../src/config/projectRoot.js';
import { startBenchNeo4j } from './api/benchNeo4j.js';
import { DASHBOARD_QUERIES, variableStream } from './api/dashboardQueries.js';
import { runLoad } from './api/loadTest.js';

const { values: args } = parseArgs({
  options: {
    only: { type: 'string', default: 'meetings' },
    seconds: { type: 'string', default: '15' },
    warmup: { type: 'string', default: '8' },
    concurrency: { type: 'string', default: '8' },
    root: { type: 'string', default: projectRoot() },
    out: { type: 'string', default: join(projectRoot(), '.bench', 'profiles') },
    port: { type: 'string', default: '4130' },
  },
});
const query = DASHBOARD_QUERIES.find((q) => q.name.includes(args.only));
if (!query) throw new Error(`no dashboard query named like "${args.only}"`);

const { connection } = await startBenchNeo4j(7692, 'bench-api');
// The flags of bin/diplograph.js's shebang, plus the profiler's.
const child = spawn(process.execPath, ['--max-semi-space-size=64', '--cpu-prof', `--cpu-prof-dir=${args.out}`, join(args.root, 'bin', 'diplograph.js'), 'serve', '--host', '127.0.0.1', '--port', args.port], {
  env: { ...process.env, NODE_ENV: 'production', NEO4J_URI: connection.uri, LOG_LEVEL: 'warn', DIPLOGRAPH_READ_TOKEN: '', DIPLOGRAPH_LANDING_PAGE: 'false' },
  stdio: ['ignore', 'inherit', 'pipe'],
});
let banner = '';
child.stderr!.on('data', (chunk: Buffer) => (banner += chunk.toString()));
while (!banner.includes('GraphQL API on')) {
  if (child.exitCode !== null) throw new Error(`diplograph serve exited: ${banner}`);
  await new Promise((r) => setTimeout(r, 200));
}
const url = `http://127.0.0.1:${args.port}/graphql`;
const next = variableStream(query, 1);
const body = () => JSON.stringify({ query: query.ours, variables: next() });
// Warm-up, profiled but not counted: a fresh server answers its first requests in seconds.
await runLoad(url, body, Number(args.warmup), Number(args.concurrency));
const result = await runLoad(url, body, Number(args.seconds), Number(args.concurrency));
child.kill('SIGTERM');
await once(child, 'exit');
process.stdout.write(`${query.name}: ${result.requests} requests, ${result.errors} errors; profile in ${args.out}\n`);
