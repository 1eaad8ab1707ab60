// Run as a child process (node --expose-gc --import tsx test/helpers/measureExportHeap.ts):
// exports every event of the graph at NEO4J_URI as JSONL into a sink that drops it, forcing a
// garbage collection every 500 events, and prints the heap after collection before the export
// (after a warm-up export) and its peak during it, as JSON on stdout.
import { Writable } from 'node:stream';
import { loadConfig } from '../../src/config/config.js';
import { EMPTY_EVENT_FILTER } from '../../src/domain/eventFilter.js';
import { runExport } from '../../src/export/runExport.js';
import { connect, disconnect } from '../../src/graph/driver.js';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
const heap = () => {
  gc();
  return process.memoryUsage().heapUsed;
};
let bytes = 0;
const sink = () =>
  new Writable({
    write(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      done();
    },
  });

await connect(loadConfig().neo4j);
await runExport({ format: 'jsonl', filter: { ...EMPTY_EVENT_FILTER, from: '1900-01-01', to: '1900-01-02' } }, sink());
const baseline = heap();
let peak = baseline;
bytes = 0;
const { events } = await runExport({ format: 'jsonl', filter: EMPTY_EVENT_FILTER }, sink(), {
  onEvent: (n) => {
    if (n % 500 === 0) peak = Math.max(peak, heap());
  },
});
await disconnect();
process.stdout.write(JSON.stringify({ events, bytes, baseline, peak }) + '\n');
