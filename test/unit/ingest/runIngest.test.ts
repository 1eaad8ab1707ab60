import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../../src/domain/extraction.js';
import type { ExtractBatch } from '../../../ingest/extractBatch.js';
import type { Lexicons } from '../../../ingest/lexicons/loadLexicons.js';
import { runIngest } from '../../../ingest/runIngest.js';
import type { ExtractedArticle } from '../../../ingest/writer/planBatch.js';
import { writeJsonlArticles } from '../../helpers/articleFiles.js';

// The pipeline's stages with stand-ins: extraction (no lexicons needed) and a slow writer.
const noLexicons = Object.freeze({}) as Lexicons;
const extracted = (id: string, text: string): ExtractedArticle => ({ extraction: { id, warnings: [], events: [] } as unknown as Extraction, text });
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('runIngest pipeline', () => {
  it('holds a bounded number of articles between reading and writing, however long the input', async () => {
    let handed = 0;
    let written = 0;
    let most = 0;
    const extract: ExtractBatch = async (articles) => {
      handed += articles.length;
      most = Math.max(most, handed - written);
      await pause(1);
      return articles.map((a) => extracted(a.id, a.text));
    };
    const result = await runIngest({
      inputs: [writeJsonlArticles(3000)],
      lexicons: noLexicons,
      batchSize: 100,
      chunkSize: 10,
      chunksAhead: 3,
      dryRun: false,
      rejectsPath: null,
      extract,
      write: async (batch) => {
        await pause(15);
        written += batch.length;
        return { written: batch.length, unchanged: 0, rederived: 0, eventsCreated: 0, eventsMerged: 0 };
      },
    });
    expect(result.ingested).toBe(3000);
    // Chunks being extracted (chunksAhead + 1), the one being batched, the batch filling and the one being written.
    expect(most).toBeLessThanOrEqual((3 + 2) * 10 + 2 * 100);
  });

  it('batches articles in input order when chunks finish out of order, and rejects failures by name', async () => {
    const extract: ExtractBatch = async (articles) => {
      await pause(Math.round(Math.random() * 10));
      return articles.map((a) => (a.id === 'art-17' ? { error: 'extraction failed: boom' } : extracted(a.id, a.text)));
    };
    const order: string[] = [];
    const warnings: string[] = [];
    const result = await runIngest({
      inputs: [writeJsonlArticles(100)],
      lexicons: noLexicons,
      batchSize: 7,
      chunkSize: 3,
      chunksAhead: 6,
      dryRun: false,
      rejectsPath: null,
      extract,
      onWarning: (w) => warnings.push(w),
      write: async (batch) => {
        order.push(...batch.map((b) => b.extraction.id));
        return { written: batch.length, unchanged: 0, rederived: 0, eventsCreated: 0, eventsMerged: 0 };
      },
    });
    expect(order).toEqual(Array.from({ length: 100 }, (_, i) => `art-${i}`).filter((id) => id !== 'art-17'));
    expect(result).toMatchObject({ ingested: 99, rejected: 1 });
    expect(warnings.join('\n')).toMatch(/rejected art-17 .*boom/);
  });
});
