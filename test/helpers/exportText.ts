import { Writable } from 'node:stream';
import type { ExportRequest } from '../../src/export/exportRequest.js';
import { runExport } from '../../src/export/runExport.js';

/** Runs an export into memory and returns its text and summary. */
export async function exportText(request: ExportRequest): Promise<{ text: string; events: number }> {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  const { events } = await runExport(request, sink);
  return { text: Buffer.concat(chunks).toString('utf8'), events };
}
