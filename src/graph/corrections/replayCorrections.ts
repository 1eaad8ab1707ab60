import type { EventDateRow, EventPlaceRow, EventStatusRow, EventTypeRow, ParticipantRow } from '../catalog/correctionQueries.js';
import type { LaterWriteStep, RowsOf } from '../runQuery.js';

// Re-deriving an article deletes the events only it reported and writes them again from the
// extraction; a report joining an event sets its edges again. The corrections in force on the
// events a batch wrote are then applied again, in the batch's own transaction, after its
// events and before its relation figures and stored details: a re-ingest never undoes them.

/** The rows of each apply query, from the corrections in force that the step before read. */
function replayRows(rowsOf: RowsOf) {
  const rows = { type: [] as EventTypeRow[], date: [] as EventDateRow[], status: [] as EventStatusRow[], place: [] as EventPlaceRow[], participant: [] as ParticipantRow[] };
  for (const c of rowsOf('corrections.in-force-for-events')) {
    const after: unknown = JSON.parse(c.after);
    if (c.kind === 'retype_event') rows.type.push(after as EventTypeRow);
    else if (c.kind === 'set_event_date') rows.date.push(after as EventDateRow);
    else if (c.kind === 'set_event_status') rows.status.push(after as EventStatusRow);
    else if (c.kind === 'set_event_place') rows.place.push(after as EventPlaceRow);
    else rows.participant.push(after as ParticipantRow);
  }
  return rows;
}

/**
 * Steps of a write transaction that apply again the corrections in force on `eventIds` (the
 * events it wrote), in the order they were made; each apply step is skipped when there is
 * nothing for it, so a graph without corrections pays one index look-up per event.
 */
export function replayCorrections(eventIdsOf: (rowsOf: RowsOf) => string[]): LaterWriteStep[] {
  const when = <T>(rows: T[], step: (rows: T[]) => ReturnType<LaterWriteStep>) => (rows.length > 0 ? step(rows) : null);
  return [
    (rowsOf) => ({ name: 'corrections.in-force-for-events', params: { ids: [...new Set(eventIdsOf(rowsOf))] } }),
    (rowsOf) => when(replayRows(rowsOf).type, (rows) => ({ name: 'corrections.apply-event-type', params: { rows } })),
    (rowsOf) => when(replayRows(rowsOf).date, (rows) => ({ name: 'corrections.apply-event-date', params: { rows } })),
    (rowsOf) => when(replayRows(rowsOf).status, (rows) => ({ name: 'corrections.apply-event-status', params: { rows } })),
    (rowsOf) => when(replayRows(rowsOf).place, (rows) => ({ name: 'corrections.apply-event-place', params: { rows } })),
    (rowsOf) => when(replayRows(rowsOf).participant, (rows) => ({ name: 'corrections.apply-participant', params: { rows } })),
  ];
}
