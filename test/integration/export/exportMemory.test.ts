import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { projectRoot } from '../../../src/config/projectRoot.js';
import type { ExtractedArticle } from '../../../ingest/writer/planBatch.js';
import { writeExtractions } from '../../../ingest/writer/writeExtractions.js';
import { article, encounter, person } from '../../helpers/extractionFixtures.js';
import { useGraph } from '../../helpers/graph.js';

useGraph();
const EVENTS = 4000;

// Memory stays flat: the export's heap (measured after forced collections, in a process of its
// own) grows by far less than the text it writes, which an export holding its events would hold.
it('exports a large graph with a flat heap', async () => {
  const padding = 'The talks covered trade, energy and security. '.repeat(50);
  for (let start = 0; start < EVENTS; start += 500) {
    const batch: ExtractedArticle[] = [];
    for (let i = start; i < start + 500; i++) {
      const a = person(`Envoy Alpha${i}`, 'FR', 'Ambassador');
      const b = person(`Envoy Beta${i}`, 'SN', 'Ambassador');
      const date = new Date(Date.UTC(2010, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
      const event = { ...encounter('meeting', date, [a, b]), evidence: [{ start: 0, end: 100, quote: `Meeting ${i}. ${padding}` }] };
      batch.push(article(`mem-${i}`, { persons: [a, b], events: [event], published: date }));
    }
    await writeExtractions(batch);
  }
  const { stdout } = await promisify(execFile)(process.execPath, ['--expose-gc', '--import', 'tsx', join('test', 'helpers', 'measureExportHeap.ts')], {
    cwd: projectRoot(),
    env: process.env,
    maxBuffer: 1 << 20,
  });
  const { events, bytes, baseline, peak } = JSON.parse(stdout) as { events: number; bytes: number; baseline: number; peak: number };
  expect(events).toBe(EVENTS);
  expect(bytes).toBeGreaterThan(10_000_000);
  expect(peak - baseline).toBeLessThan(bytes / 4);
  expect(peak - baseline).toBeLessThan(8_000_000);
}, 300_000);
