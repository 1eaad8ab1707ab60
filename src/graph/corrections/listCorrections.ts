import type { CorrectionFilter, CorrectionRecord } from '../../domain/correction.js';
import { apiRead, toInt, type ReadOptions } from '../apiRead.js';
import { toCorrectionRecord } from './applyCorrection.js';

/** One page of the audit trail, latest first, and how many corrections match in all. */
export async function listCorrections(
  filter: CorrectionFilter,
  page: { offset: number; limit: number },
  options: ReadOptions,
): Promise<{ total: number; items: CorrectionRecord[] }> {
  const [row] = await apiRead(
    'corrections.list',
    { subject: filter.subject, kind: filter.kind, author: filter.author, inForce: filter.inForce, skip: toInt(page.offset), limit: toInt(page.limit) },
    options,
  );
  return { total: row?.total ?? 0, items: (row?.corrections ?? []).map(toCorrectionRecord) };
}

/** The corrections of each subject key (`event:<id>`, `person:<id>`), oldest first. */
export async function correctionsOfSubjects(keys: readonly string[], options: ReadOptions): Promise<Map<string, CorrectionRecord[]>> {
  const rows = await apiRead('corrections.by-subjects', { keys: [...keys] }, options);
  return new Map(rows.map((r) => [r.key, r.corrections.map(toCorrectionRecord)]));
}
