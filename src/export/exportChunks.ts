import { stringify } from 'csv-stringify/sync';
import { UnreachableCaseError } from '../domain/errors.js';
import type { ExportedEvent } from '../graph/streamEvents.js';
import { EVENT_CSV_COLUMNS, PARTICIPANT_CSV_COLUMNS, toEventCsvRow, toParticipantCsvRows } from './eventCsvRows.js';
import type { ExportRequest } from './exportRequest.js';
import { addToNetwork, createNetwork } from './networkGraph.js';
import { toPloverRecord } from './toPloverRecord.js';
import { graphmlLines } from './writeGraphml.js';

/** Rows handed to the CSV writer at once: one call per batch rather than per row. */
const CSV_BATCH = 200;

/**
 * The text of an export, chunk by chunk, from a stream of events: CSV (RFC 4180 quoting by
 * csv-stringify, a header row first), JSONL (one PLOVER record per line) or GraphML (the
 * network folded over every event, then written). Only GraphML holds more than a batch: its
 * nodes and edges, which grow with countries or persons and their pairs, not with events.
 */
export async function* exportChunks(request: ExportRequest, events: AsyncIterable<ExportedEvent>): AsyncGenerator<string> {
  switch (request.format) {
    case 'csv':
      yield* csvChunks(request.what, events);
      return;
    case 'jsonl':
      for await (const e of events) yield JSON.stringify(toPloverRecord(e)) + '\n';
      return;
    case 'graphml': {
      const network = createNetwork(request.network);
      for await (const e of events) addToNetwork(network, e);
      yield* graphmlLines(network);
      return;
    }
    default:
      throw new UnreachableCaseError(request);
  }
}

async function* csvChunks(what: 'events' | 'participants', events: AsyncIterable<ExportedEvent>): AsyncGenerator<string> {
  const columns = what === 'events' ? EVENT_CSV_COLUMNS : PARTICIPANT_CSV_COLUMNS;
  yield stringify([[...columns]]);
  let batch: Record<string, string | number | null>[] = [];
  for await (const e of events) {
    if (what === 'events') batch.push(toEventCsvRow(e));
    else batch.push(...toParticipantCsvRows(e));
    if (batch.length >= CSV_BATCH) {
      yield stringify(batch, { columns: [...columns] });
      batch = [];
    }
  }
  if (batch.length > 0) yield stringify(batch, { columns: [...columns] });
}
