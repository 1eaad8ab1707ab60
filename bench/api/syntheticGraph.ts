// The synthetic graph behind bench:api and bench:soak: N events between 40 countries, 1,600
// persons and 30 topics over ten years, written through the ingest writer (writeExtractions)
// from generated extractions, so the graph is exactly the model ingest builds (extraction is
// benchmarked by bench:extract). Article n is a function of n alone (seeded by n), so a graph
// can grow from 100k to 1M events by appending, and two runs build the same graph.
import type { ExtractedEvent, ExtractedPerson, Extraction } from '../../src/domain/extraction.js';
import { sha256, slugify } from '../../src/domain/ids.js';
import { runQuery } from '../../src/graph/runQuery.js';
import { tallyUntalliedEvents } from '../../src/graph/tallies.js';
import type { ExtractedArticle } from '../../ingest/writer/planBatch.js';
import { writeExtractions } from '../../ingest/writer/writeExtractions.js';
import { bulkRefreshRelations, bulkWrite } from './bulkWrite.js';

export const COUNTRIES = ['RU', 'ML', 'FR', 'US', 'CN', 'IN', 'BF', 'NE', 'DZ', 'MA', 'SN', 'CI', 'NG', 'GH', 'EG', 'TR', 'DE', 'GB', 'IT', 'ES',
  'BR', 'ZA', 'SA', 'AE', 'QA', 'IR', 'JP', 'KR', 'ID', 'PK', 'ET', 'KE', 'TD', 'CM', 'GA', 'CD', 'AO', 'TN', 'LY', 'SD'] as const;
const TYPES = ['meeting', 'visit', 'phone_call', 'agreement', 'summit'] as const;
const TOPICS = Array.from({ length: 30 }, (_, i) => `topic-${i}`);
const PERSONS_PER_COUNTRY = 40;

/** Deterministic PRNG (mulberry32): the same seed gives the same sequence in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every person of the synthetic graph (40 per country, half ministers, half ambassadors). */
export const PERSONS: readonly ExtractedPerson[] = COUNTRIES.flatMap((country, c) =>
  Array.from({ length: PERSONS_PER_COUNTRY }, (_, i) => {
    const name = `Given${i} Family${c}x${i}`;
    return { id: slugify(name), name, aliases: [], role: i % 2 ? 'Minister of Foreign Affairs' : 'Ambassador', roleOriginal: null, country, organization: null, mentions: 1, evidence: [] };
  }),
);
const personsOf = new Map(COUNTRIES.map((c) => [c as string, PERSONS.filter((p) => p.country === c)]));

/** Article n and its one event, as the writer receives them from extraction. */
export function syntheticArticle(n: number): ExtractedArticle {
  const random = prng(n * 7919 + 42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const [a, b] = [pick(COUNTRIES), pick(COUNTRIES)];
  const other = a === b ? COUNTRIES[(COUNTRIES.indexOf(b) + 1) % COUNTRIES.length]! : b;
  const host = pick(personsOf.get(a)!);
  const guest = pick(personsOf.get(other)!);
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

async function counts(): Promise<{ events: number; articles: number }> {
  const [row] = await runQuery('stats.overview', {});
  return { events: row?.events ?? 0, articles: row?.articles ?? 0 };
}

/**
 * Makes the graph hold at least `events` synthetic events: reuses it when it does, appends
 * articles after the ones already written when it holds fewer (only synthetic articles: a
 * graph holding anything else is wiped first), in batches of `batch` articles, through the
 * ingest writer or, with `bulk`, through bulkWrite (see there why it gives the same graph).
 */
export async function ensureSyntheticGraph(events: number, batch: number, bulk: boolean, log: (line: string) => void): Promise<void> {
  let now = await counts();
  if (now.events >= events) {
    log(`Reusing the graph already holding ${now.events} ≥ ${events} events`);
    return;
  }
  const [last] = await runQuery('articles.versions', { ids: [`bench-${Math.max(0, now.articles - 1)}`] });
  if (now.articles > 0 && last === undefined) {
    log('The graph holds other data: wiping it');
    await runQuery('graph.wipe', {});
    now = { events: 0, articles: 0 };
  }
  const started = performance.now();
  let n = now.articles;
  let written = now.events;
  let lastReport = started;
  const touched = new Set<string>();
  while (written < events) {
    const articles = Array.from({ length: batch }, (_, i) => syntheticArticle(n + i));
    const summary = bulk ? await bulkWrite(articles) : await writeExtractions(articles);
    if ('relationIds' in summary) for (const id of summary.relationIds) touched.add(id);
    n += batch;
    written += summary.eventsCreated;
    if (performance.now() - lastReport > 30_000) {
      lastReport = performance.now();
      const s = (lastReport - started) / 1000;
      log(`  ${n} articles, ${written} events, ${s.toFixed(0)} s, ${((n - now.articles) / s).toFixed(0)} articles/s`);
    }
  }
  if (touched.size > 0) await bulkRefreshRelations(touched);
  // bulkWrite leaves the dashboards' tallies out, as it leaves relation figures: counted once here.
  if (bulk) log(`Tallied ${await tallyUntalliedEvents()} events`);
  const done = await counts();
  log(`Graph holds ${done.articles} articles / ${done.events} events (${((performance.now() - started) / 1000).toFixed(1)} s of writes)`);
}
