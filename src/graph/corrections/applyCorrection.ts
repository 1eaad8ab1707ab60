import { randomUUID } from 'node:crypto';
import { checkCorrection } from '../../domain/checkCorrection.js';
import { subjectKey, type CorrectionAuthorship, type CorrectionKind, type CorrectionRecord, type CorrectionRequest } from '../../domain/correction.js';
import { InvalidInputError, NotFoundError, UnreachableCaseError } from '../../domain/errors.js';
import type { CorrectionRow } from '../catalog/correctionQueries.js';
import { runInWriteTransaction, type TransactionRunner } from '../runQuery.js';
import { storedRow } from '../storedDetails.js';
import { applyEffect, type EffectKind, type EffectOf, type Touched } from './correctionEffects.js';
import { planEventCorrection, type PlannedCorrection } from './planEventCorrection.js';
import { planEventMerge } from './planEventMerge.js';
import { planPersonCorrection } from './planPersonCorrection.js';

async function planCorrection(r: CorrectionRequest, run: TransactionRunner): Promise<PlannedCorrection> {
  switch (r.kind) {
    case 'retype_event':
    case 'set_event_date':
    case 'set_event_status':
    case 'set_event_place':
    case 'add_participant':
    case 'remove_participant':
    case 'reject_event':
      return planEventCorrection(r, run);
    case 'merge_events':
    case 'split_event':
      return planEventMerge(r, run);
    case 'rename_person':
    case 'set_person_country':
    case 'add_office':
    case 'end_office':
    case 'merge_persons':
      return planPersonCorrection(r, run);
    case 'mark_article_irrelevant': {
      const [article] = await run('corrections.article-state', { id: r.articleId });
      if (!article) throw new NotFoundError(`no article with id "${r.articleId}"`);
      if (article.irrelevant) throw new InvalidInputError(`article ${r.articleId} is already marked not relevant`);
      const before = { articleId: r.articleId, irrelevant: false };
      return { kind: r.kind, subjects: [subjectKey('article', r.articleId)], before, after: { ...before, irrelevant: true }, relationIds: [] };
    }
    default:
      throw new UnreachableCaseError(r);
  }
}

/**
 * What follows every change of the graph in the same transaction, as the writer does it:
 * relation figures, the dashboards' tallies, the stored details of the events shown changed,
 * and the change feed.
 */
async function refreshDerived(t: Touched, run: TransactionRunner): Promise<void> {
  const relationIds = [...new Set(t.relationIds)];
  await run('relations.refresh', { ids: relationIds });
  await run('tallies.sync', { ids: [...new Set(t.eventIds)] });
  const stale = await run('events.stale-details', { eventIds: [...new Set(t.eventIds)], personIds: [...new Set(t.personIds)], placeIds: [], topicIds: [] });
  const derived = await run('events.derive-details', { ids: stale.map((s) => s.id) });
  await run('events.store-details', { rows: derived.map((d) => storedRow(d.details)) });
  await run('changes.stamp', { eventIds: stale.map((s) => s.id), relationIds });
}

/** The relations of the events a change touched, after it (an event may have gained or lost some). */
async function relationsAfter(eventIds: readonly string[], run: TransactionRunner): Promise<string[]> {
  const ids: string[] = [];
  for (const id of new Set(eventIds)) {
    const [state] = await run('corrections.event-state', { id });
    if (state) ids.push(...state.relationIds);
  }
  return ids;
}

/** A stored correction as the domain record. */
export function toCorrectionRecord(row: CorrectionRow): CorrectionRecord {
  return { ...row, kind: row.kind as CorrectionKind };
}

/**
 * Applies a change and records it, in one transaction after taking the next correction number
 * (which serialises corrections): reads, applies, records, refreshes what derives from it.
 */
export async function recordChange(
  label: string,
  who: CorrectionAuthorship,
  change: (run: TransactionRunner) => Promise<{ kind: CorrectionKind; subjects: string[]; before: unknown; after: unknown; revertOf: string | null; touched: Touched }>,
): Promise<CorrectionRecord> {
  return runInWriteTransaction(label, async (run) => {
    const [begun] = await run('corrections.begin', {});
    if (!begun) throw new Error('corrections.begin returned no sequence value');
    const c = await change(run);
    const row = {
      id: `cor-${randomUUID()}`,
      seq: begun.seq,
      kind: c.kind,
      subjects: c.subjects,
      before: JSON.stringify(c.before),
      after: JSON.stringify(c.after),
      reason: who.reason,
      author: who.author,
      at: begun.at,
      revertOf: c.revertOf,
    };
    await run('corrections.record', { row });
    const more = await relationsAfter(c.touched.eventIds, run);
    await refreshDerived({ ...c.touched, relationIds: [...c.touched.relationIds, ...more] }, run);
    return toCorrectionRecord({ ...row, revertedBy: null });
  });
}

/**
 * Checks a correction (inputs, then against the graph), applies it and records it in the audit
 * trail with its reason, author, time and the state before and after. A correction refused
 * (bad input, unknown id) changes nothing: InvalidInputError or NotFoundError.
 */
export async function applyCorrection(request: CorrectionRequest, authorship: CorrectionAuthorship): Promise<CorrectionRecord> {
  const { request: r, who } = checkCorrection(request, authorship);
  return recordChange(`correction:${r.kind}`, who, async (run) => {
    const planned = await planCorrection(r, run);
    const touched = await applyEffect(planned.kind, planned.after as EffectOf[EffectKind], run);
    return {
      kind: planned.kind,
      subjects: planned.subjects,
      before: planned.before,
      after: planned.after,
      revertOf: null,
      touched: { ...touched, relationIds: [...touched.relationIds, ...planned.relationIds] },
    };
  });
}

