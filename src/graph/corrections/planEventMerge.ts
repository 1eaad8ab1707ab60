import { sha256 } from '../../domain/ids.js';
import { subjectKey, type CorrectionRequest } from '../../domain/correction.js';
import { InvalidInputError } from '../../domain/errors.js';
import type { EventEdgesRow, EventStateRow } from '../catalog/correctionQueries.js';
import type { TransactionRunner } from '../runQuery.js';
import { eventState, type PlannedCorrection } from './planEventCorrection.js';

export type EventMergeRequest = Extract<CorrectionRequest, { kind: 'merge_events' | 'split_event' }>;

const edgesOf = (s: EventStateRow, id = s.id): EventEdgesRow => ({ id, countries: s.countries, participants: s.participants, topics: s.topics, placeId: s.placeId, relationIds: s.relationIds });

/** A live event that no DURING link touches (merging or splitting those is not supported). */
async function mergeableEvent(id: string, run: TransactionRunner): Promise<EventStateRow> {
  const state = await eventState(id, run);
  if (state.rejected) throw new InvalidInputError(`event ${id} is rejected; revert its rejection before correcting it`);
  if (state.duringIds.length > 0 || state.partCount > 0) throw new InvalidInputError(`event ${id} is linked to a visit (DURING); merging or splitting it is not supported`);
  return state;
}

async function fieldsOf(id: string, run: TransactionRunner) {
  const [row] = await run('corrections.event-fields', { id });
  if (!row) throw new InvalidInputError(`event ${id} has no fields`);
  return row;
}

/**
 * Checks a merge of two events (same type, no DURING link) or a split of an event by some of its
 * articles (each reporting it, not all of them) and returns its effect and inverse. The event
 * split off gets an id derived from the event and the articles, and a merge key of its own, so
 * that later reports of the articles left with the event still find that one.
 */
export async function planEventMerge(r: EventMergeRequest, run: TransactionRunner): Promise<PlannedCorrection> {
  if (r.kind === 'merge_events') {
    const keep = await mergeableEvent(r.keepId, run);
    const merge = await mergeableEvent(r.mergeId, run);
    if (keep.type !== merge.type) throw new InvalidInputError(`events ${r.keepId} (${keep.type}) and ${r.mergeId} (${merge.type}) differ in type; retype one first`);
    const [kept, merged] = [await fieldsOf(r.keepId, run), await fieldsOf(r.mergeId, run)];
    const shared = merged.articleIds.filter((a) => kept.articleIds.includes(a));
    const before = { merged: false, keepId: r.keepId, mergeId: r.mergeId, fields: merged.fields, articleIds: merged.articleIds, shared, edges: edgesOf(merge), keptEdges: edgesOf(keep) };
    return {
      kind: 'merge_events',
      subjects: [subjectKey('event', r.keepId), subjectKey('event', r.mergeId)],
      before,
      after: { merged: true, keepId: r.keepId, mergeId: r.mergeId },
      relationIds: [...keep.relationIds, ...merge.relationIds],
    } as PlannedCorrection;
  }
  const source = await mergeableEvent(r.eventId, run);
  const { fields, articleIds } = await fieldsOf(r.eventId, run);
  const missing = r.articleIds.find((a) => !articleIds.includes(a));
  if (missing !== undefined) throw new InvalidInputError(`article "${missing}" does not report event ${r.eventId}`);
  if (r.articleIds.length >= articleIds.length) throw new InvalidInputError(`splitting event ${r.eventId} by all its articles would leave it none`);
  const split = [...r.articleIds].sort();
  const newId = 'ev-' + sha256(`split:${r.eventId}:${split.join(',')}`).slice(0, 20);
  if ((await run('corrections.event-state', { id: newId })).length > 0) throw new InvalidInputError(`event ${r.eventId} was already split by these articles (${newId})`);
  return {
    kind: 'split_event',
    subjects: [subjectKey('event', r.eventId), subjectKey('event', newId)],
    before: { split: false, sourceId: r.eventId, newId, articleIds: split },
    after: { split: true, sourceId: r.eventId, newId, fields: { ...fields, mergeKey: `${fields.mergeKey}#${newId}` }, articleIds: split, edges: edgesOf(source, newId) },
    relationIds: source.relationIds,
  } as PlannedCorrection;
}
