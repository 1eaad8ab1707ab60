import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { listMeetings } from '../graph/listMeetings.js';
import { streamEvents, type ExportedEvent } from '../graph/streamEvents.js';
import type { StreamOptions } from '../graph/streamQuery.js';
import { exportChunks } from './exportChunks.js';
import type { ExportRequest } from './exportRequest.js';

/** What an export wrote. */
export interface ExportSummary {
  /** Events read (every one matching the filter). */
  readonly events: number;
}

/** How an export runs: where it reports progress, and whether it ends its output. */
export interface ExportOptions extends StreamOptions {
  /** Called after each event read, with the count so far. */
  readonly onEvent?: (events: number) => void;
  /** End `output` when done (default true; false for process.stdout). */
  readonly end?: boolean;
}

/** How many events match the request's filter: the meetings query's total, for a progress bar. */
export async function countExportEvents(request: ExportRequest): Promise<number> {
  return (await listMeetings(request.filter, { offset: 0, limit: 1 }, 'DATE_ASC', {})).total;
}

/**
 * Streams the export of `request` into `output` (a file, stdout, an HTTP response), waiting
 * for the output to drain, so memory stays flat. When the output fails or is closed early
 * (a download cancelled), reading stops and the Neo4j session is closed.
 */
export async function runExport(request: ExportRequest, output: Writable, options: ExportOptions = {}): Promise<ExportSummary> {
  let events = 0;
  const { onEvent } = options;
  async function* counted(): AsyncGenerator<ExportedEvent> {
    for await (const e of streamEvents(request.filter, options)) {
      events++;
      onEvent?.(events);
      yield e;
    }
  }
  await pipeline(Readable.from(exportChunks(request, counted()), { objectMode: false }), output, { end: options.end ?? true });
  return { events };
}
