import neo4j from 'neo4j-driver';
import type { EventDetailsTuple } from './catalog/apiQueries.js';
import type { StaleDetailsParams } from './catalog/ingestQueries.js';
import { runQuery, runWriteTransaction, type LaterWriteStep, type RowsOf } from './runQuery.js';

// Event.detailsJson is a read model: each event's participants, countries, place, topics and
// sources (events.derive-details' tuple) as JSON, which the API serves instead of deriving
// them on every read. Whatever writes the graph keeps it in step, in the same transaction, with
// storeStaleDetails; `db migrate` stores it on events written before it existed; `db check`
// compares it with a fresh derivation; `db refresh-details` derives it again for every event
// (after the graph was edited by hand, which no writer sees).

const CHUNK = 1000;

/** The row of events.store-details for one derived event. */
export const storedRow = (details: EventDetailsTuple) => ({ id: details[0], json: JSON.stringify(details) });

/** Stores what the events.derive-details step before it derived. */
const storeDerived: LaterWriteStep = (rowsOf) => ({
  name: 'events.store-details',
  params: { rows: rowsOf('events.derive-details').map((r) => storedRow(r.details)) },
});

/**
 * The last steps of a write transaction: find the events the steps before made stale (what
 * `staleOf` names from their rows), derive their details and store them.
 */
export function storeStaleDetails(staleOf: (rowsOf: RowsOf) => StaleDetailsParams): LaterWriteStep[] {
  return [
    (rowsOf) => ({ name: 'events.stale-details', params: staleOf(rowsOf) }),
    (rowsOf) => ({ name: 'events.derive-details', params: { ids: rowsOf('events.stale-details').map((r) => r.id) } }),
    storeDerived,
  ];
}

/** Derives and stores the details of these events, in one transaction (no write slips in between); how many. */
async function deriveAndStore(ids: string[]): Promise<number> {
  const [, written] = await runWriteTransaction([{ name: 'events.derive-details', params: { ids } }, storeDerived]);
  return (written?.[0] as { stored: number } | undefined)?.stored ?? 0;
}

/** Stores the details of every event that has none (written before they were stored); how many. */
export async function storeMissingDetails(): Promise<number> {
  let stored = 0;
  for (;;) {
    const ids = (await runQuery('events.without-details', { limit: neo4j.int(CHUNK) })).map((r) => r.id);
    if (ids.length === 0) return stored;
    const count = await deriveAndStore(ids);
    // Events deleted meanwhile are simply gone; none stored at all would loop for ever.
    if (count === 0) throw new Error(`storing the details of ${ids.length} events stored none (first: ${ids[0]})`);
    stored += count;
  }
}

/** Every event's id, in id order, a batch at a time. */
export async function* eventIdBatches(): AsyncGenerator<string[]> {
  let after: string | null = null;
  for (;;) {
    const ids: string[] = (await runQuery('events.ids-after', { after, limit: neo4j.int(CHUNK) })).map((r) => r.id);
    if (ids.length === 0) return;
    yield ids;
    after = ids[ids.length - 1]!;
  }
}

/** Derives and stores every event's details again, a batch at a time; how many. */
export async function refreshAllDetails(): Promise<number> {
  let stored = 0;
  for await (const ids of eventIdBatches()) stored += await deriveAndStore(ids);
  return stored;
}

/**
 * Every event's stored details compared with a fresh derivation: one line per kind of
 * disagreement, with the first few events; none in a sound graph.
 */
export async function checkStoredDetails(): Promise<string[]> {
  const missing: string[] = [];
  const stale: string[] = [];
  for await (const ids of eventIdBatches()) {
    const [stored, derived] = await Promise.all([runQuery('events.details', { ids }), runQuery('events.derive-details', { ids })]);
    const fresh = new Map(derived.map((d) => [d.details[0], JSON.stringify(d.details)]));
    for (const { id, detailsJson } of stored) {
      if (detailsJson === null) missing.push(id);
      else if (detailsJson !== fresh.get(id)) stale.push(id);
    }
  }
  const line = (ids: string[], what: string) => `${ids.length} event(s) ${what} (first: ${ids.slice(0, 5).join(', ')})`;
  return [
    ...(missing.length ? [line(missing, 'with no stored details; `diplograph db migrate` stores them')] : []),
    ...(stale.length ? [line(stale, 'whose stored details disagree with the graph; `diplograph db refresh-details` derives them again')] : []),
  ];
}
