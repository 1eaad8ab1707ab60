// npm run bench:live — the delay from a write's commit to the subscription message: an API
// (in this process) serves eventChanged over WebSocket; each of BENCH_LIVE_WRITES writes (one
// new event each, one every 400 ms) is timed from the moment the writer's transaction has
// committed (writeExtractions resolved) and from the moment it started, to the message.
// Uses the Neo4j at NEO4J_URI (or the local default); writes events of its own, wipes nothing.
import { startApiServer } from '../src/api/createApiServer.js';
import { loadConfig } from '../src/config/config.js';
import { connect, disconnect } from '../src/graph/driver.js';
import { migrate } from '../src/graph/migrate.js';
import { writeExtractions } from '../ingest/writer/writeExtractions.js';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import type { ExtractedEvent, ExtractedPerson } from '../src/domain/extraction.js';
import { sha256, slugify } from '../src/domain/ids.js';
import type { ExtractedArticle } from '../ingest/writer/planBatch.js';

const envoy = (name: string, country: string): ExtractedPerson => ({
  id: slugify(name), name, aliases: [], role: 'Ambassador', roleOriginal: null, country, organization: null, mentions: 1, evidence: [],
});

/** One article reporting one meeting of two envoys (benchApi's synthetic shape). */
function meetingArticle(id: string, a: ExtractedPerson, b: ExtractedPerson, date: string): ExtractedArticle {
  const text = `${a.name} met ${b.name} on ${date}.`;
  const event: ExtractedEvent = {
    type: 'meeting', status: 'occurred', date, datePrecision: 'day', location: null, setting: null,
    participants: [a, b].map((p, i) => ({ personId: p.id, name: p.name, role: p.role, country: p.country, organization: null, side: i ? 'guest' : 'host' })),
    countries: [a.country!, b.country!].sort(), countrySides: {}, topics: [], plover: 'CONSULT', ploverMode: null, cameo: '040',
    confidence: 0.9, evidence: [{ start: 0, end: text.length, quote: text }], rule: 'bench.live', during: null,
  };
  return {
    text,
    extraction: {
      id, url: null, title: text, source: 'bench-live', author: null, published: date, language: 'en', extractorVersion: 'bench-live',
      contentHash: sha256(text), persons: [a, b], countries: [], organizations: [], places: [], topics: [], events: [event], warnings: [],
    },
  };
}

const WRITES = Number(process.env.BENCH_LIVE_WRITES ?? 20);
const config = loadConfig();
await connect(config.neo4j);
await migrate();
const api = await startApiServer({ config: { ...config.api, port: 0 }, ingestArticles: async () => ({}) as never });
const client = createClient({ url: api.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0 });
const run = Date.now().toString(36);
const arrivals: number[] = [];
const stop = client.subscribe(
  { query: `subscription { eventChanged(filter: { countries: ["KZ"] }) { id } }` },
  { next: () => arrivals.push(Date.now()), error: (e) => console.error(e), complete: () => undefined },
);
await new Promise((r) => setTimeout(r, 1000));
const fromCommit: number[] = [];
const fromStart: number[] = [];
for (let i = 0; i < WRITES; i++) {
  const date = new Date(Date.UTC(2030, 0, 1) + i * 5 * 86_400_000).toISOString().slice(0, 10);
  const before = arrivals.length;
  const started = Date.now();
  await writeExtractions([meetingArticle(`live-${run}-${i}`, envoy(`Live Envoy${run}a${i}`, 'KZ'), envoy(`Live Envoy${run}b${i}`, 'UZ'), date)]);
  const committed = Date.now();
  for (let waited = 0; arrivals.length === before; waited += 10) {
    if (waited > 10_000) throw new Error(`no message for write ${i}`);
    await new Promise((r) => setTimeout(r, 10));
  }
  const at = arrivals[before]!;
  fromCommit.push(at - committed);
  fromStart.push(at - started);
  await new Promise((r) => setTimeout(r, 400));
}
const q = (xs: number[], p: number) => [...xs].sort((x, y) => x - y)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;
process.stdout.write(
  `poll every ${config.api.changePollMs} ms, ${WRITES} writes\n` +
    `commit → message: p50 ${q(fromCommit, 0.5)} ms, p95 ${q(fromCommit, 0.95)} ms, max ${Math.max(...fromCommit)} ms\n` +
    `write start → message: p50 ${q(fromStart, 0.5)} ms, p95 ${q(fromStart, 0.95)} ms, max ${Math.max(...fromStart)} ms\n`,
);
stop();
await client.dispose();
await api.stop();
await disconnect();
