import { describe, expect, it } from 'vitest';
import { runQuery } from '../../../src/graph/runQuery.js';
import { loadLexicons } from '../../../ingest/lexicons/loadLexicons.js';
import { runIngest } from '../../../ingest/runIngest.js';
import { writeExtractions } from '../../../ingest/writer/writeExtractions.js';
import { useGraph } from '../../helpers/graph.js';
import { writeJsonlArticles } from '../../helpers/articleFiles.js';

const lexicons = loadLexicons();

async function articleCount(): Promise<number> {
  const rows = await runQuery('graph.counts', {});
  return rows.find((r) => r.kind === 'node' && r.name === 'Article')?.count ?? 0;
}

describe('runIngest', () => {
  useGraph();

  it('an interrupted run leaves only whole batches, and running again completes it', async () => {
    const file = writeJsonlArticles(50);
    const controller = new AbortController();
    let batches = 0;
    const first = await runIngest({
      inputs: [file],
      lexicons,
      batchSize: 10,
      dryRun: false,
      rejectsPath: null,
      signal: controller.signal,
      write: async (batch) => {
        const summary = await writeExtractions(batch);
        if (++batches === 2) controller.abort();
        return summary;
      },
    });
    expect(first.interrupted).toBe(true);
    const partial = await articleCount();
    expect(partial % 10).toBe(0);
    expect(partial).toBeLessThan(50);

    const second = await runIngest({ inputs: [file], lexicons, batchSize: 10, dryRun: false, rejectsPath: null, write: writeExtractions });
    expect(second.interrupted).toBe(false);
    expect(second.unchanged).toBe(partial);
    expect(second.ingested).toBe(50 - partial);
    expect(await articleCount()).toBe(50);
  });

  it('counts rejected inputs and goes on with the others', async () => {
    const file = writeJsonlArticles(5);
    const { appendFileSync } = await import('node:fs');
    appendFileSync(file, '{"id":"broken","title":"no text"}\nnot json at all\n');
    const result = await runIngest({ inputs: [file], lexicons, batchSize: 3, dryRun: false, rejectsPath: null, write: writeExtractions });
    expect(result.rejected).toBe(2);
    expect(result.ingested).toBe(5);
    expect(await articleCount()).toBe(5);
  });

  it('writes nothing in a dry run', async () => {
    const file = writeJsonlArticles(5);
    const result = await runIngest({ inputs: [file], lexicons, batchSize: 2, dryRun: true, rejectsPath: null, write: writeExtractions });
    expect(result.read).toBe(5);
    expect(await articleCount()).toBe(0);
  });
});
