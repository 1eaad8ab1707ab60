import { checkText, CORRECTION_LIMITS } from '../../domain/checkCorrection.js';
import type { CorrectionAuthorship, CorrectionRecord } from '../../domain/correction.js';
import { InvalidInputError, NotFoundError } from '../../domain/errors.js';
import { applyEffect, isEffectKind, type EffectKind, type EffectOf } from './correctionEffects.js';
import { recordChange } from './applyCorrection.js';

/**
 * Reverts a correction: what it changed goes back to its recorded "before", and the revert is
 * recorded as a correction of its own (kind `revert`), the original marked as reverted. Only a
 * correction in force whose subjects no later correction in force changed can be reverted
 * (revert the later one first), so that a revert never undoes someone else's change.
 */
export async function revertCorrection(id: string, authorship: CorrectionAuthorship): Promise<CorrectionRecord> {
  const who = { reason: checkText(authorship.reason ?? '', 'reason', CORRECTION_LIMITS.reason), author: checkText(authorship.author, 'author', CORRECTION_LIMITS.author) };
  const target = checkText(id, 'id', CORRECTION_LIMITS.id);
  return recordChange('correction:revert', who, async (run) => {
    const [original] = await run('corrections.by-id', { id: target });
    if (!original) throw new NotFoundError(`no correction with id "${target}"`);
    if (original.revertedBy !== null) throw new InvalidInputError(`correction ${target} was already reverted by ${original.revertedBy}`);
    if (original.revertOf !== null || !isEffectKind(original.kind as never)) throw new InvalidInputError(`correction ${target} is a revert; it cannot be reverted`);
    const later = await run('corrections.by-subjects', { keys: original.subjects });
    const blocking = later.flatMap((s) => s.corrections).find((c) => c.seq > original.seq && c.revertedBy === null && c.revertOf === null);
    if (blocking) throw new InvalidInputError(`correction ${blocking.id} (${blocking.kind}) changed the same subject later; revert it first`);
    const kind = original.kind as EffectKind;
    const touched = await applyEffect(kind, JSON.parse(original.before) as EffectOf[EffectKind], run);
    return { kind: 'revert', subjects: original.subjects, before: JSON.parse(original.after), after: JSON.parse(original.before), revertOf: original.id, touched };
  });
}
