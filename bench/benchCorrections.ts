// npm run bench:corrections — what corrections in force cost the ingest (issue 12). On a synthetic
// corpus (BENCH_SIZE articles, default 5000): the first ingest, a re-derivation of every article
// (as a new extractor version does) with no correction, then BENCH_CORRECTIONS corrections
// (default 1000: event types, statuses and dates, the kinds the writer applies again), and the
// same re-derivation with them in force; then whether every correction still holds and
// `db check` finds nothing. Uses a Neo4j of its own on port 7693 (data in .neo4j/bench-corrections)
// unless NEO4J_URI is set — whose data it WIPES.
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { once } from 'node:events';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { loadConfig } from '../src/config/config.js';
import { projectRoot } from '../src/config/projectRoot.js';
import type { CorrectionRequest } from '../src/domain/correction.js';
import { InvalidInputError } from '../src/domain/errors.js';
import { checkGraph } from '../src/graph/checkGraph.js';
import { applyCorrection } from '../src/graph/corrections/applyCorrection.js';
import { connect, disconnect } from '../src/graph/driver.js';
import { start } from '../src/graph/localNeo4j.js';
import { loadEvents } from '../src/graph/loadEventDetails.js';
import { migrate } from '../src/graph/migrate.js';
import { runQuery } from '../src/graph/runQuery.js';
import { generateCorpus } from './generateCorpus.js';

const SIZE = Number(process.env.BENCH_SIZE ?? 5000);
const CORRECTIONS = Number(process.env.BENCH_CORRECTIONS ?? 1000);
// Each re-derivation is run this many times (the machine may be shared: compare medians).
const REPEAT = Number(process.env.BENCH_REPEAT ?? 2);
const root = projectRoot();
const dir = join(root, '.bench');
mkdirSync(dir, { recursive: true });

async function writeCorpus(articles: number): Promise<string> {
  const path = join(dir, `corpus-${articles}.jsonl`);
  const out = createWriteStream(path);
  for (const a of generateCorpus({ articles, seed: 42 })) if (!out.write(JSON.stringify(a) + '\n')) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
  return path;
}

function ingestOnce(file: string, uri: string, version?: string): { articles: number; elapsedMs: number } {
  const child = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'bench', 'ingestRun.ts'), file, '1000'], {
    env: { ...process.env, NEO4J_URI: uri, LOG_LEVEL: 'warn', ...(version ? { BENCH_EXTRACTOR_VERSION: version } : {}) },
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  if (child.status !== 0) throw new Error(`ingest run failed:\n${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').pop() as string) as { articles: number; elapsedMs: number };
}

// A mix of the corrections the writer applies again: types, statuses and dates of events.
const TYPES = ['summit', 'other', 'meeting'] as const;
function correctionOf(eventId: string, i: number): CorrectionRequest {
  if (i % 3 === 0) return { kind: 'retype_event', eventId, type: TYPES[i % TYPES.length]! };
  if (i % 3 === 1) return { kind: 'set_event_status', eventId, status: 'planned' };
  return { kind: 'set_event_date', eventId, date: `2019-${String((i % 12) + 1).padStart(2, '0')}-15` };
}

const holds = (e: { type: string; status: string; date: string | null }, r: CorrectionRequest) =>
  r.kind === 'retype_event' ? e.type === r.type : r.kind === 'set_event_status' ? e.status === r.status : r.kind === 'set_event_date' ? e.date === r.date : false;

const config = loadConfig();
let uri = config.neo4j.uri;
if (!config.neo4j.external) {
  uri = (await start({ ...config.localNeo4j, port: 7693, home: join(root, '.neo4j', 'bench-corrections') }, (l) => console.error(l))).uri;
}
await connect({ ...config.neo4j, uri });
await migrate();
await runQuery('graph.wipe', {});
const file = await writeCorpus(SIZE);
const line = (what: string, r: { articles: number; elapsedMs: number }) =>
  console.log(`${what}: ${r.articles} articles in ${(r.elapsedMs / 1000).toFixed(1)} s, ${(r.articles / (r.elapsedMs / 1000)).toFixed(0)} articles/s (load ${loadavg()[0]!.toFixed(1)})`);

console.log(`diplograph bench:corrections — ${SIZE} articles, ${CORRECTIONS} corrections, server ${uri}`);
line('first ingest, no correction', ingestOnce(file, uri));
for (let r = 1; r <= REPEAT; r++) line(`re-derivation of every article, no correction in force (${r})`, ingestOnce(file, uri, `bench-a${r}`));

const ids = (await runQuery('events.ids-after', { after: null, limit: neo4j.int(CORRECTIONS) })).map((r) => r.id);
const requests: { id: string; request: CorrectionRequest }[] = [];
const started = performance.now();
for (const [i, id] of ids.entries()) {
  // A retype the graph refuses (a visit with events during it) becomes a status correction.
  const wanted = correctionOf(id, i);
  const request = await applyCorrection(wanted, { author: 'bench', reason: 'benchmark correction' }).then(
    () => wanted,
    async (error: unknown) => {
      if (!(error instanceof InvalidInputError)) throw error;
      const fallback: CorrectionRequest = { kind: 'set_event_status', eventId: id, status: 'planned' };
      await applyCorrection(fallback, { author: 'bench', reason: 'benchmark correction' });
      return fallback;
    },
  );
  requests.push({ id, request });
}
const applyMs = performance.now() - started;
console.log(`${requests.length} corrections applied in ${(applyMs / 1000).toFixed(1)} s, ${(applyMs / requests.length).toFixed(1)} ms each`);

for (let r = 1; r <= REPEAT; r++) {
  line(`re-derivation of every article, ${requests.length} corrections in force (${r})`, ingestOnce(file, uri, `bench-b${r}`));
}
line(`re-ingest of the same articles (unchanged), ${requests.length} corrections in force`, ingestOnce(file, uri, `bench-b${REPEAT}`));

const events = await loadEvents(ids, {});
const held = requests.filter(({ request }, i) => events[i] && holds(events[i]!, request)).length;
console.log(`corrections still holding: ${held}/${requests.length}; db check: ${(await checkGraph()).length} disagreement(s)`);
await runQuery('graph.wipe', {});
await disconnect();
