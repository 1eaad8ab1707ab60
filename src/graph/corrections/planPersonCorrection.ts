import { subjectKey, type CorrectionRequest } from '../../domain/correction.js';
import { InvalidInputError, NotFoundError } from '../../domain/errors.js';
import type { PersonStateRow } from '../catalog/correctionQueries.js';
import { seededCountries } from '../countryDirectory.js';
import type { TransactionRunner } from '../runQuery.js';
import type { EffectKind, EffectOf } from './correctionEffects.js';
import type { PlannedCorrection } from './planEventCorrection.js';

export type PersonRequest = Extract<CorrectionRequest, { kind: 'rename_person' | 'set_person_country' | 'add_office' | 'end_office' | 'merge_persons' }>;

async function personState(id: string, run: TransactionRunner): Promise<PersonStateRow> {
  const [state] = await run('corrections.person-state', { ids: [id] });
  if (!state) throw new NotFoundError(`no person with id "${id}"`);
  return state;
}

async function requireCountry(code: string): Promise<void> {
  if (!(await seededCountries({})).has(code)) throw new InvalidInputError(`country "${code}" is not an ISO 3166-1 country of the graph`);
}

const unique = (names: readonly string[]) => [...new Set(names)];

/**
 * Checks a person or office correction against the graph (persons and offices exist, the
 * country is a seeded one) and returns its effect and inverse.
 */
export async function planPersonCorrection(r: PersonRequest, run: TransactionRunner): Promise<PlannedCorrection> {
  const plan = <K extends EffectKind>(kind: K, subjects: string[], before: EffectOf[K], after: EffectOf[K]): PlannedCorrection =>
    ({ kind, subjects, before, after, relationIds: [] }) as unknown as PlannedCorrection;
  switch (r.kind) {
    case 'rename_person': {
      const s = await personState(r.personId, run);
      const before = { personId: s.id, name: s.name, aliases: s.aliases, pinned: s.nameCorrected };
      const after = { personId: s.id, name: r.name, aliases: unique([...s.aliases, s.name]).filter((n) => n !== r.name), pinned: true };
      return plan('rename_person', [subjectKey('person', s.id)], before, after);
    }
    case 'set_person_country': {
      const s = await personState(r.personId, run);
      if (r.country !== null) await requireCountry(r.country);
      const before = { personId: s.id, country: s.country, pinned: s.countryCorrected };
      return plan('set_person_country', [subjectKey('person', s.id)], before, { personId: s.id, country: r.country, pinned: true });
    }
    case 'add_office':
    case 'end_office': {
      await requireCountry(r.country);
      const [office] = await run('corrections.office-state', { personId: r.personId, country: r.country, title: r.title });
      if (!office) throw new NotFoundError(`no person with id "${r.personId}"`);
      const key = { personId: r.personId, country: r.country, title: r.title };
      const before = { ...key, since: office.since, until: office.until, keep: office.exists };
      if (r.kind === 'add_office') return plan('add_office', [subjectKey('person', r.personId)], before, { ...key, since: r.from, until: r.until, keep: true });
      if (!office.exists) throw new NotFoundError(`person "${r.personId}" holds no office "${r.title}" of ${r.country}`);
      if (office.since !== null && r.on < office.since) throw new InvalidInputError(`on (${r.on}) is before the office was taken up (${office.since})`);
      return plan('end_office', [subjectKey('person', r.personId)], before, { ...key, since: office.since, until: r.on, keep: true });
    }
    case 'merge_persons': {
      const keep = await personState(r.keepId, run);
      const merged = await personState(r.mergeId, run);
      const [edges] = await run('corrections.person-edges', { mergeId: r.mergeId, keepId: r.keepId });
      if (!edges) throw new NotFoundError(`no person with id "${r.mergeId}"`);
      const aliases = unique([...keep.aliases, merged.name, ...merged.aliases]).filter((n) => n !== keep.name);
      return plan(
        'merge_persons',
        [subjectKey('person', r.keepId), subjectKey('person', r.mergeId)],
        { merged: false, keepId: r.keepId, keptAliases: keep.aliases, ...edges },
        { merged: true, mergeId: r.mergeId, keepId: r.keepId, aliases },
      );
    }
  }
}
