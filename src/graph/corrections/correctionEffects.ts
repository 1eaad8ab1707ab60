import type { CorrectionKind } from '../../domain/correction.js';
import { UnreachableCaseError } from '../../domain/errors.js';
import type {
  EventDateRow,
  EventEdgesRow,
  EventFields,
  EventPlaceRow,
  EventStatusRow,
  EventTypeRow,
  OfficeCorrectionRow,
  ParticipantRow,
  PersonCountryRow,
  PersonEdgesRow,
  PersonNameRow,
} from '../catalog/correctionQueries.js';
import type { TransactionRunner } from '../runQuery.js';

// What a correction does to the graph, as data: its `after` applies it and its `before`
// restores what it changed. Applying a correction, applying it again after a re-ingest and
// reverting it all go through applyEffect.

/** The effect of each kind of correction. */
export interface EffectOf {
  retype_event: EventTypeRow;
  set_event_date: EventDateRow;
  set_event_status: EventStatusRow;
  set_event_place: EventPlaceRow;
  add_participant: ParticipantRow;
  remove_participant: ParticipantRow;
  reject_event: { eventId: string; rejected: true } | { eventId: string; rejected: false; edges: EventEdgesRow };
  rename_person: PersonNameRow;
  set_person_country: PersonCountryRow;
  add_office: OfficeCorrectionRow;
  end_office: OfficeCorrectionRow;
  merge_persons: { merged: true; mergeId: string; keepId: string; aliases: string[] } | ({ merged: false; keepId: string; keptAliases: string[] } & PersonEdgesRow);
  mark_article_irrelevant: { articleId: string; irrelevant: boolean };
  merge_events:
    | { merged: true; keepId: string; mergeId: string }
    | { merged: false; keepId: string; mergeId: string; fields: EventFields; articleIds: string[]; shared: string[]; edges: EventEdgesRow; keptEdges: EventEdgesRow };
  split_event:
    | { split: true; sourceId: string; newId: string; fields: EventFields; articleIds: string[]; edges: EventEdgesRow }
    | { split: false; sourceId: string; newId: string; articleIds: string[] };
}
export type EffectKind = keyof EffectOf;

/** What an effect changed: whose stored details and figures must be refreshed. */
export interface Touched {
  readonly eventIds: string[];
  readonly relationIds: string[];
  readonly personIds: string[];
}

const touched = (t: Partial<Touched>): Touched => ({ eventIds: t.eventIds ?? [], relationIds: t.relationIds ?? [], personIds: t.personIds ?? [] });

/** Applies one effect in the transaction of `run`. */
export async function applyEffect<K extends EffectKind>(kind: K, effect: EffectOf[K], run: TransactionRunner): Promise<Touched> {
  const e = { kind, effect } as { [X in EffectKind]: { kind: X; effect: EffectOf[X] } }[EffectKind];
  switch (e.kind) {
    case 'retype_event':
      await run('corrections.apply-event-type', { rows: [e.effect] });
      return touched({ eventIds: [e.effect.eventId] });
    case 'set_event_date':
      await run('corrections.apply-event-date', { rows: [e.effect] });
      return touched({ eventIds: [e.effect.eventId] });
    case 'set_event_status':
      await run('corrections.apply-event-status', { rows: [e.effect] });
      return touched({ eventIds: [e.effect.eventId] });
    case 'set_event_place':
      await run('corrections.apply-event-place', { rows: [e.effect] });
      return touched({ eventIds: [e.effect.eventId] });
    case 'add_participant':
    case 'remove_participant':
      await run('corrections.apply-participant', { rows: [e.effect] });
      return touched({ eventIds: [e.effect.eventId] });
    case 'reject_event':
      if (e.effect.rejected) {
        // The events held during a rejected visit become encounters of their own: tallied again.
        const rows = await run('corrections.reject-events', { ids: [e.effect.eventId] });
        return touched({ eventIds: [e.effect.eventId, ...rows.flatMap((r) => r.linkedIds)] });
      }
      await run('corrections.restore-events', { rows: [e.effect.edges] });
      return touched({ eventIds: [e.effect.eventId] });
    case 'rename_person':
      await run('corrections.apply-person-name', { rows: [e.effect] });
      return touched({ personIds: [e.effect.personId] });
    case 'set_person_country':
      await run('corrections.apply-person-country', { rows: [e.effect] });
      return touched({ personIds: [e.effect.personId] });
    case 'add_office':
    case 'end_office':
      await run('corrections.apply-office', { rows: [e.effect] });
      return touched({ personIds: [e.effect.personId] });
    case 'merge_persons':
      return applyMerge(e.effect, run);
    case 'mark_article_irrelevant':
      return applyRelevance(e.effect, run);
    case 'merge_events':
      return applyEventMerge(e.effect, run);
    case 'split_event':
      return applyEventSplit(e.effect, run);
    default:
      throw new UnreachableCaseError(e);
  }
}

async function applyMerge(effect: EffectOf['merge_persons'], run: TransactionRunner): Promise<Touched> {
  if (effect.merged) {
    const [row] = await run('corrections.merge-person', { mergeId: effect.mergeId, keepId: effect.keepId, aliases: effect.aliases });
    return touched({ eventIds: row?.eventIds ?? [], personIds: [effect.keepId] });
  }
  const { keepId, keptAliases, person, participations, offices, mentions, redirectKeys } = effect;
  const [row] = await run('corrections.unmerge-person', { keepId, keptAliases, person, participations, offices, mentions, redirectKeys });
  return touched({ eventIds: row?.eventIds ?? [], personIds: [keepId, person.id] });
}

async function applyRelevance(effect: EffectOf['mark_article_irrelevant'], run: TransactionRunner): Promise<Touched> {
  // Not relevant: its facts go as when it is derived again (events only it reported go too).
  const detached = effect.irrelevant ? await run('articles.detach-facts', { ids: [effect.articleId] }) : [];
  await run('corrections.apply-article-relevance', { id: effect.articleId, irrelevant: effect.irrelevant });
  return touched({ eventIds: detached.flatMap((d) => d.eventIds), relationIds: detached.flatMap((d) => d.relationIds) });
}

// A merge of events and a split are each other's inverse: reverting a merge splits the merged
// event's articles off again (with its recorded fields and edges), reverting a split merges it back.
async function applyEventMerge(effect: EffectOf['merge_events'], run: TransactionRunner): Promise<Touched> {
  const { keepId, mergeId } = effect;
  if (effect.merged) {
    await run('corrections.merge-events', { mergeId, keepId });
  } else {
    const { fields, articleIds, shared } = effect;
    await run('corrections.split-event', { sourceId: keepId, newId: mergeId, fields, articleIds, shared, redirect: false });
    await run('corrections.reset-event-edges', { rows: [effect.edges, effect.keptEdges] });
  }
  return touched({ eventIds: [keepId, mergeId] });
}

async function applyEventSplit(effect: EffectOf['split_event'], run: TransactionRunner): Promise<Touched> {
  const { sourceId, newId, articleIds } = effect;
  if (effect.split) {
    await run('corrections.split-event', { sourceId, newId, fields: effect.fields, articleIds, shared: [], redirect: true });
    await run('corrections.reset-event-edges', { rows: [effect.edges] });
  } else {
    await run('corrections.merge-events', { mergeId: newId, keepId: sourceId });
    await run('corrections.unredirect-reports', { sourceId, articleIds });
  }
  return touched({ eventIds: [sourceId, newId] });
}

/** Whether a kind is recorded with an effect applyEffect knows (every kind but revert). */
export function isEffectKind(kind: CorrectionKind): kind is EffectKind {
  return kind !== 'revert';
}
