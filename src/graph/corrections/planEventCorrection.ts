import eventTypeCodes from '../../domain/eventTypeCodes.json' with { type: 'json' };
import { parseCorrectedDate } from '../../domain/checkCorrection.js';
import { subjectKey, type CorrectionRequest, type EventTypeValue } from '../../domain/correction.js';
import { InvalidInputError, NotFoundError } from '../../domain/errors.js';
import type { EventStateRow, ParticipantRow } from '../catalog/correctionQueries.js';
import type { TransactionRunner } from '../runQuery.js';
import type { EffectKind, EffectOf } from './correctionEffects.js';

/** A correction checked against the graph: what it concerns, and its effect and inverse. */
export interface PlannedCorrection<K extends EffectKind = EffectKind> {
  readonly kind: K;
  readonly subjects: string[];
  readonly before: EffectOf[K];
  readonly after: EffectOf[K];
  /** Relations whose figures may change (those of the events before the change). */
  readonly relationIds: string[];
}

export type EventRequest = Extract<
  CorrectionRequest,
  { kind: 'retype_event' | 'set_event_date' | 'set_event_status' | 'set_event_place' | 'add_participant' | 'remove_participant' | 'reject_event' }
>;

const TYPE_CODES = eventTypeCodes.types as Record<EventTypeValue, { plover: string | null; ploverMode: string | null; cameo: string | null }>;

/** The state of an event, or NotFoundError naming it. */
export async function eventState(id: string, run: TransactionRunner): Promise<EventStateRow> {
  const [state] = await run('corrections.event-state', { id });
  if (!state) throw new NotFoundError(`no event with id "${id}"`);
  return state;
}

const sortDateOf = (date: string | null) => (date === null ? null : parseCorrectedDate(date, 'stored date').sortDate);

async function requirePerson(id: string, run: TransactionRunner): Promise<void> {
  if ((await run('corrections.person-state', { ids: [id] })).length === 0) throw new NotFoundError(`no person with id "${id}"`);
}

function participantBefore(state: EventStateRow, personId: string): ParticipantRow {
  const p = state.participants.find((x) => x.personId === personId);
  return { eventId: state.id, personId, present: p !== undefined, role: p?.role ?? null, side: p?.side ?? null, country: p?.country ?? null };
}

/**
 * Checks an event correction against the graph (the event exists and is not rejected, the
 * person or place named exists, the change makes sense) and returns its effect and inverse.
 */
export async function planEventCorrection(r: EventRequest, run: TransactionRunner): Promise<PlannedCorrection> {
  const state = await eventState(r.eventId, run);
  if (state.rejected && r.kind !== 'reject_event') throw new InvalidInputError(`event ${r.eventId} is rejected; revert its rejection before correcting it`);
  const base = { subjects: [subjectKey('event', r.eventId)], relationIds: state.relationIds };
  const plan = <K extends EffectKind>(kind: K, before: EffectOf[K], after: EffectOf[K], extraSubjects: string[] = []): PlannedCorrection =>
    ({ ...base, subjects: [...base.subjects, ...extraSubjects], kind, before, after }) as unknown as PlannedCorrection;
  switch (r.kind) {
    case 'retype_event': {
      // A visit keeps the events held during it; nothing is held during another kind of event.
      if (state.type === 'visit' && r.type !== 'visit' && state.partCount > 0) {
        throw new InvalidInputError(`event ${r.eventId} is a visit with ${state.partCount} event(s) during it; it cannot change type`);
      }
      if (r.type === 'visit' && state.duringIds.length > 0) throw new InvalidInputError(`event ${r.eventId} took place during a visit; it cannot become a visit`);
      const before = { eventId: state.id, type: state.type, plover: state.plover, ploverMode: state.ploverMode, cameo: state.cameo };
      return plan('retype_event', before, { eventId: state.id, type: r.type, ...TYPE_CODES[r.type] });
    }
    case 'set_event_date': {
      const d = parseCorrectedDate(r.date, 'date');
      const before = { eventId: state.id, date: state.date, datePrecision: state.datePrecision, sortDate: sortDateOf(state.date) };
      return plan('set_event_date', before, { eventId: state.id, date: d.date, datePrecision: d.datePrecision, sortDate: d.sortDate });
    }
    case 'set_event_status':
      return plan('set_event_status', { eventId: state.id, status: state.status }, { eventId: state.id, status: r.status });
    case 'set_event_place':
      if (r.placeId !== null && (await run('corrections.place-exists', { ids: [r.placeId] })).length === 0) throw new NotFoundError(`no place with id "${r.placeId}"`);
      return plan('set_event_place', { eventId: state.id, placeId: state.placeId }, { eventId: state.id, placeId: r.placeId });
    case 'add_participant': {
      await requirePerson(r.personId, run);
      const after = { eventId: state.id, personId: r.personId, present: true, role: r.role, side: r.side, country: r.country };
      return plan('add_participant', participantBefore(state, r.personId), after, [subjectKey('person', r.personId)]);
    }
    case 'remove_participant': {
      const before = participantBefore(state, r.personId);
      if (!before.present) throw new InvalidInputError(`person "${r.personId}" is not a participant of event ${r.eventId}`);
      return plan('remove_participant', before, { ...before, present: false }, [subjectKey('person', r.personId)]);
    }
    case 'reject_event': {
      if (state.rejected) throw new InvalidInputError(`event ${r.eventId} is already rejected`);
      const edges = { id: state.id, countries: state.countries, participants: state.participants, topics: state.topics, placeId: state.placeId, relationIds: state.relationIds };
      return plan('reject_event', { eventId: state.id, rejected: false, edges }, { eventId: state.id, rejected: true });
    }
  }
}
