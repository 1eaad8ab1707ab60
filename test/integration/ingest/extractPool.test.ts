import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../bench/generateCorpus.js';
import { runQuery } from '../../../src/graph/runQuery.js';
import { loadLexicons } from '../../../ingest/lexicons/loadLexicons.js';
import { createExtractPool } from '../../../ingest/pool/createExtractPool.js';
import { runIngest } from '../../../ingest/runIngest.js';
import { writeExtractions } from '../../../ingest/writer/writeExtractions.js';
import { writeJsonlRecords } from '../../helpers/articleFiles.js';
import { CRASH_MARKER } from '../../helpers/crashingExtractWorker.js';
import { graphSnapshot, useGraph } from '../../helpers/graph.js';

const lexicons = loadLexicons();
// Synthetic news: several reports per meeting, in English and French, names in several forms,
// so that batches merge events and resolve persons across articles.
const corpus = [...generateCorpus({ articles: 240, seed: 7 })];

describe('ingest on a pool of extraction workers', () => {
  useGraph();

  it('gives the same graph as extraction on the main thread', async () => {
    const file = writeJsonlRecords(corpus);
    const base = { inputs: [file], lexicons, batchSize: 40, dryRun: false, rejectsPath: null, write: writeExtractions };
    const onThread = await runIngest(base);
    const sequential = await graphSnapshot();
    expect(sequential.counts['node:Event']).toBeGreaterThan(50);

    await runQuery('graph.wipe', {});
    const pool = createExtractPool({ threads: 2 });
    try {
      // Small chunks, several ahead: chunks finish out of order, and must still be batched in order.
      const pooled = await runIngest({ ...base, extract: pool.extract, chunkSize: 7, chunksAhead: 5 });
      expect(pooled.ingested).toBe(onThread.ingested);
      expect(pooled.eventsCreated).toBe(onThread.eventsCreated);
    } finally {
      await pool.close();
    }
    expect(await graphSnapshot()).toEqual(sequential);
  });

  it('names the article that crashed its worker, and ingests the others', async () => {
    const articles = corpus.slice(0, 30).map((a, i) => (i === 12 ? { ...a, id: 'doomed', text: `${a.text} ${CRASH_MARKER}` } : a));
    const rejectsPath = join(tmpdir(), `rejects-${process.pid}-${Date.now()}.jsonl`);
    const warnings: string[] = [];
    const workerFile = fileURLToPath(new URL('../../helpers/crashingExtractWorker.ts', import.meta.url));
    const pool = createExtractPool({ threads: 2, workerFile });
    try {
      const result = await runIngest({
        inputs: [writeJsonlRecords(articles)],
        lexicons,
        batchSize: 8,
        dryRun: false,
        rejectsPath,
        write: writeExtractions,
        extract: pool.extract,
        chunkSize: 5,
        onWarning: (w) => warnings.push(w),
      });
      expect(result.rejected).toBe(1);
      expect(result.ingested).toBe(29);
    } finally {
      await pool.close();
    }
    expect(warnings.join('\n')).toMatch(/rejected doomed .*extraction worker crashed/);
    expect(JSON.parse(readFileSync(rejectsPath, 'utf8').trim())).toMatchObject({ id: 'doomed' });
    const counts = (await graphSnapshot()).counts;
    expect(counts['node:Article']).toBe(29);
  });
});
