// npm run bench:api — GraphQL API latency on a synthetic graph of ≥ 100,000 events: five
// dashboard queries, each run for BENCH_API_SECONDS (default 15) from autocannon at concurrency
// 8 with varying parameters after a warm-up of BENCH_API_WARMUP_SECONDS (default 15) of the same
// load per query, printing p50 / p95 / p99 (ms, from every response time) and req/s.
// The API is `diplograph serve` itself, the compiled command in a process of its own (so that
// the load generator does not share its event loop); `npm run bench:api` builds it first.
// The graph is written through the ingest writer (writeExtractions) from generated extractions
// (extraction itself is benchmarked by bench:extract). Uses its own Neo4j on port 7692 (data in
// .neo4j/bench-api) unless NEO4J_URI is set; an existing graph of enough events is reused,
// anything else in that database is WIPED.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { loadConfig } from '../src/config/config.js';
import { projectRoot } from '../src/config/projectRoot.js';
import type { ExtractedEvent, ExtractedPerson, Extraction } from '../src/domain/extraction.js';
import { sha256, slugify } from '../src/domain/ids.js';
import { connect, disconnect } from '../src/graph/driver.js';
import { start } from '../src/graph/localNeo4j.js';
import { migrate } from '../src/graph/migrate.js';
import { runQuery } from '../src/graph/runQuery.js';
import type { ExtractedArticle } from '../ingest/writer/planBatch.js';
import { writeExtractions } from '../ingest/writer/writeExtractions.js';

const EVENTS = Number(process.env.BENCH_API_EVENTS ?? 100_000);
const SECONDS = Number(process.env.BENCH_API_SECONDS ?? 15);
const CONCURRENCY = Number(process.env.BENCH_API_CONCURRENCY ?? 8);
const WARMUP_SECONDS = Number(process.env.BENCH_API_WARMUP_SECONDS ?? 15);
const BATCH = 1000;
const COUNTRIES = ['RU', 'ML', 'FR', 'US', 'CN', 'IN', 'BF', 'NE', 'DZ', 'MA', 'SN', 'CI', 'NG', 'GH', 'EG', 'TR', 'DE', 'GB', 'IT', 'ES',
  'BR', 'ZA', 'SA', 'AE', 'QA', 'IR', 'JP', 'KR', 'ID', 'PK', 'ET', 'KE', 'TD', 'CM', 'GA', 'CD', 'AO', 'TN', 'LY', 'SD'];
const TYPES = ['meeting', 'visit', 'phone_call', 'agreement', 'summit'] as const;
const TOPICS = Array.from({ length: 30 }, (_, i) => `topic-${i}`);
const PERSONS_PER_COUNTRY = 40;

// Deterministic PRNG (mulberry32) so that two runs build the same graph.
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = prng(42);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;

const persons: ExtractedPerson[] = COUNTRIES.flatMap((country, c) =>
  Array.from({ length: PERSONS_PER_COUNTRY }, (_, i) => {
    const name = `Given${i} Family${c}x${i}`;
    return { id: slugify(name), name, aliases: [], role: i % 2 ? 'Minister of Foreign Affairs' : 'Ambassador', roleOriginal: null, country, organization: null, mentions: 1, evidence: [] };
  }),
);
const personsOf = (country: string) => persons.filter((p) => p.country === country);

function syntheticArticle(n: number): ExtractedArticle {
  const [a, b] = [pick(COUNTRIES), pick(COUNTRIES)];
  const other = a === b ? COUNTRIES[(COUNTRIES.indexOf(b) + 1) % COUNTRIES.length]! : b;
  const host = pick(personsOf(a));
  const guest = pick(personsOf(other));
  const day = new Date(Date.UTC(2016, 0, 1) + Math.floor(random() * 3650) * 86_400_000).toISOString().slice(0, 10);
  const countries = [a, other].sort();
  const topics = [pick(TOPICS), pick(TOPICS)].filter((t, i, xs) => xs.indexOf(t) === i).map((id) => ({ id, label: id }));
  const type = pick(TYPES);
  const text = `${host.name} received ${guest.name} on ${day} (synthetic report ${n}).`;
  const event: ExtractedEvent = {
    type, status: 'occurred', date: day, datePrecision: 'day',
    location: { placeId: `${a.toLowerCase()}-capital`, name: `Capital of ${a}`, country: a }, setting: null,
    participants: [
      { personId: host.id, name: host.name, role: host.role, country: a, organization: null, side: 'host' },
      { personId: guest.id, name: guest.name, role: guest.role, country: other, organization: null, side: 'guest' },
    ],
    countries, countrySides: { [a]: 'host', [other]: 'guest' }, topics,
    plover: 'CONSULT', ploverMode: 'visit', cameo: '042', confidence: 0.9,
    evidence: [{ start: 0, end: text.length, quote: text }], rule: 'bench.synthetic', during: null,
  };
  const extraction: Extraction = {
    id: `bench-${n}`, url: `https://news.example.org/${n}`, title: `${host.name} meets ${guest.name}`, source: 'bench', author: null,
    published: day, language: 'en', extractorVersion: 'bench-1', contentHash: sha256(text),
    persons: [host, guest], countries: countries.map((code) => ({ code, name: code, mentions: 1 })), organizations: [],
    places: [{ id: `${a.toLowerCase()}-capital`, name: `Capital of ${a}`, country: a, mentions: 1 }],
    topics: topics.map((t) => ({ ...t, mentions: 1 })), events: [event], warnings: [],
  };
  return { extraction, text };
}

async function eventCount(): Promise<number> {
  const [row] = await runQuery('stats.overview', {});
  return row?.events ?? 0;
}

async function loadGraph(): Promise<void> {
  if ((await eventCount()) >= EVENTS) {
    process.stdout.write(`Reusing the graph already holding ≥ ${EVENTS} events\n`);
    return;
  }
  await runQuery('graph.wipe', {});
  const started = performance.now();
  let n = 0;
  let events = 0;
  while (events < EVENTS) {
    const batch = Array.from({ length: BATCH }, () => syntheticArticle(n++));
    const summary = await writeExtractions(batch);
    events += summary.eventsCreated;
    if (n % 10_000 === 0) process.stdout.write(`  ${n} articles, ${events} events, ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
  }
  process.stdout.write(`Loaded ${n} articles / ${await eventCount()} events in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
}

const ALL_QUERIES: { name: string; query: string; variables: () => Record<string, unknown> }[] = [
  {
    name: 'meetings page (country + dates)',
    query: `query($c: CountryCode!) { meetings(first: 20, filter: { countries: [$c], from: "2023-01-01", to: "2024-12-31" }) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id type title date { value precision }
      participants { role side person { id name } country { code } } countries { side country { code name } }
      place { name } topics { id label } sources { quote article { title url published } } } } } }`,
    variables: () => ({ c: pick(COUNTRIES) }),
  },
  {
    name: 'bilateral relation + timeline + topics',
    query: `query($a: CountryCode!, $b: CountryCode!) { bilateralRelation(a: $a, b: $b) { id eventCount firstDate lastDate
      timeline(granularity: QUARTER, from: "2020-01-01") { label count byType { type count } }
      topics(first: 10) { eventCount topic { id label } } people(first: 10) { eventCount person { name } } } }`,
    variables: () => {
      const a = pick(COUNTRIES);
      let b = pick(COUNTRIES);
      if (b === a) b = COUNTRIES[(COUNTRIES.indexOf(a) + 1) % COUNTRIES.length]!;
      return { a, b };
    },
  },
  {
    name: 'country ranked partners',
    query: `query($c: CountryCode!) { country(code: $c) { code name partners(since: "2022-01-01", first: 10) { eventCount lastDate country { code name } } } }`,
    variables: () => ({ c: pick(COUNTRIES) }),
  },
  {
    name: 'person + counterparts',
    query: `query($id: ID!) { person(id: $id) { id name country { code } offices { title firstSeen lastSeen country { code } }
      counterparts(first: 10) { eventCount lastDate person { id name } } events(first: 5) { totalCount edges { node { id date { value } } } } } }`,
    variables: () => ({ id: pick(persons).id }),
  },
  {
    name: 'full-text search',
    query: `query($t: String!) { search(text: $t, first: 10) { score kind entity { __typename
      ... on Person { id name } ... on Country { code name } ... on Article { id title } ... on Place { id name } } } }`,
    variables: () => ({ t: pick(['Family1', 'Given3 Fam', 'meets', 'Mali', 'Capital', `Family${Math.floor(random() * 40)}x1`]) }),
  },
];

// BENCH_API_ONLY=partners runs only the queries whose name contains that text.
const QUERIES = ALL_QUERIES.filter((q) => !process.env.BENCH_API_ONLY || q.name.includes(process.env.BENCH_API_ONLY));

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/** Runs one query from autocannon for `seconds` at CONCURRENCY; every response time, in ms. */
async function load(url: string, q: (typeof QUERIES)[number], seconds: number): Promise<{ times: number[]; errors: number; result: autocannon.Result }> {
  const times: number[] = [];
  let errors = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections: CONCURRENCY,
        duration: seconds,
        requests: [
          {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            setupRequest: (req) => ({ ...req, body: JSON.stringify({ query: q.query, variables: q.variables() }) }),
            onResponse: (status, body) => {
              if (status !== 200 || body.includes('"errors"')) errors++;
            },
          },
        ],
      },
      (error, r) => (error ? reject(error) : resolve(r)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
  return { times, errors, result };
}

async function main(): Promise<void> {
  const config = loadConfig();
  let neo4j = config.neo4j;
  if (!config.neo4j.external) {
    const local = { ...config.localNeo4j, port: 7692, home: join(projectRoot(), '.neo4j', 'bench-api') };
    const state = await start(local, (l) => process.stderr.write(l + '\n'));
    neo4j = { ...config.neo4j, uri: state.uri };
  }
  await connect(neo4j);
  await migrate();
  await loadGraph();
  const port = Number(process.env.BENCH_API_PORT ?? 4100);
  // Run as a user runs it: the executable itself, whose shebang sets Node's flags.
  const server = spawn(join(projectRoot(), 'bin', 'diplograph.js'), ['serve', '--host', '127.0.0.1', '--port', String(port)], {
    env: { ...process.env, NODE_ENV: 'production', NEO4J_URI: neo4j.uri, LOG_LEVEL: 'warn', DIPLOGRAPH_READ_TOKEN: '', DIPLOGRAPH_LANDING_PAGE: 'false' },
    stdio: ['ignore', 'inherit', 'pipe'],
  });
  let banner = '';
  server.stderr.setEncoding('utf8');
  server.stderr.on('data', (chunk: string) => (banner += chunk));
  const url = `http://127.0.0.1:${port}/graphql`;
  while (!banner.includes('GraphQL API on')) {
    if (server.exitCode !== null) throw new Error(`API server exited: ${banner}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  process.stdout.write(`\nGraphQL at ${url} (own process), concurrency ${CONCURRENCY}, ${SECONDS} s per query\n`);
  process.stdout.write(`${'query'.padEnd(40)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'req/s'.padStart(8)} ${'errors'.padStart(7)}\n`);
  // Warm-up, not measured: Neo4j's page cache, query plans and JIT, V8's JIT and Apollo's
  // document cache all start cold, and a dashboard server runs warm. The same concurrent load
  // as the measure, as long: 40 sequential requests per query, or 5 s of load, left a freshly
  // started Neo4j still compiling (p95 up to twice its warm value).
  for (const q of QUERIES) await load(url, q, WARMUP_SECONDS);
  const failures: string[] = [];
  for (const q of QUERIES) {
    const { times, errors, result } = await load(url, q, SECONDS);
    times.sort((a, b) => a - b);
    const [p50, p95, p99] = [50, 95, 99].map((p) => percentile(times, p));
    process.stdout.write(
      `${q.name.padEnd(40)} ${p50!.toFixed(1).padStart(8)} ${p95!.toFixed(1).padStart(8)} ${p99!.toFixed(1).padStart(8)} ${(result.requests.total / SECONDS).toFixed(0).padStart(8)} ${String(errors + result.errors + result.non2xx).padStart(7)}\n`,
    );
    if (p95! >= 50) failures.push(`${q.name}: p95 ${p95!.toFixed(1)} ms ≥ 50 ms`);
  }
  server.kill('SIGTERM');
  await once(server, 'exit');
  await disconnect();
  process.stdout.write(failures.length ? `\nAbove target:\n  ${failures.join('\n  ')}\n` : '\nEvery query: p95 < 50 ms\n');
}

await main();
