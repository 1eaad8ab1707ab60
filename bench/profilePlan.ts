// npm run bench:plan [-- --size 10000]
// The ingest writer's planning alone (no Neo4j): for each batch of 1,000 extracted articles of the
// synthetic corpus, what writeExtractions computes between its look-ups (the reports' keys and
// the probes of events.candidates, then the plan), against an empty graph, twelve times; prints
// the median CPU per 1,000 articles. Reads the extractions bench:profile-writer keeps in
// .bench/extracted-N.jsonl (run it once first).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../src/config/projectRoot.js';
import { candidateProbes } from '../ingest/writer/candidateProbes.js';
import { draftReports } from '../ingest/writer/draftReports.js';
import { planBatch, type ExtractedArticle } from '../ingest/writer/planBatch.js';

const at = process.argv.indexOf('--size');
const SIZE = at > 0 ? Number(process.argv[at + 1]) : 10000;
const path = join(projectRoot(), '.bench', `extracted-${SIZE}.jsonl`);
if (!existsSync(path)) throw new Error(`${path} is missing: run npm run bench:profile-writer -- --size ${SIZE} first`);
const corpus = readFileSync(path, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as ExtractedArticle);
const batches: ExtractedArticle[][] = [];
for (let i = 0; i < corpus.length; i += 1000) batches.push(corpus.slice(i, i + 1000));

const cpuSeconds = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const runs: number[] = [];
for (let r = 0; r < 12; r++) {
  const before = cpuSeconds();
  for (const batch of batches) {
    const drafted = draftReports(batch, []);
    candidateProbes(drafted.map((e) => ({ key: e.mergeKey, date: e.date })));
    candidateProbes(drafted.map((e) => ({ key: e.countryKey, date: e.date })));
    planBatch(batch, { persons: [], events: [] });
  }
  runs.push(((cpuSeconds() - before) / corpus.length) * 1000);
}
// The first two runs warm the JIT up.
const sorted = runs.slice(2).sort((a, b) => a - b);
console.log(`planning ${corpus.length} articles in batches of 1,000: ${sorted[Math.floor(sorted.length / 2)]?.toFixed(3)} s CPU per 1,000 articles (median of ${sorted.length}; min ${sorted[0]?.toFixed(3)})`);
