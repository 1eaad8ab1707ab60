// npm run bench:export — export throughput (events/s) and memory on the graph at NEO4J_URI
// (the 100,000-event graph npm run bench:api builds, say): each format in turn into a sink that
// drops the bytes, sampling the process's RSS and heap every 50 ms. Flat memory shows as a peak
// that does not grow with the number of events (compare with BENCH_EXPORT_TO=2016-12-31).
import { Writable } from 'node:stream';
import { loadConfig } from '../src/config/config.js';
import { EMPTY_EVENT_FILTER } from '../src/domain/eventFilter.js';
import type { ExportRequest } from '../src/export/exportRequest.js';
import { runExport } from '../src/export/runExport.js';
import { connect, disconnect } from '../src/graph/driver.js';

const filter = { ...EMPTY_EVENT_FILTER, to: process.env.BENCH_EXPORT_TO ?? null };
const REQUESTS: ExportRequest[] = [
  { format: 'csv', what: 'events', filter },
  { format: 'csv', what: 'participants', filter },
  { format: 'jsonl', filter },
  { format: 'graphml', network: 'countries', filter },
  { format: 'graphml', network: 'persons', filter },
];
const mb = (n: number) => (n / 1048576).toFixed(0);

await connect(loadConfig().neo4j);
for (const request of REQUESTS) {
  let bytes = 0;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      done();
    },
  });
  let peakRss = 0;
  let peakHeap = 0;
  const sample = () => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  };
  const sampler = setInterval(sample, 50);
  const started = performance.now();
  const { events } = await runExport(request, sink);
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  sample();
  const label = request.format === 'csv' ? `csv ${request.what}` : request.format === 'graphml' ? `graphml ${request.network}` : 'jsonl';
  process.stdout.write(
    `${label.padEnd(20)} ${events} events in ${seconds.toFixed(1)} s: ${(events / seconds).toFixed(0)} events/s, ` +
      `${mb(bytes)} MB written, peak RSS ${mb(peakRss)} MB, peak heap ${mb(peakHeap)} MB\n`,
  );
}
await disconnect();
