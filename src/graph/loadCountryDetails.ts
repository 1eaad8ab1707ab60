import type { CountryCountRecord, CountryRecord, PersonRecord } from '../domain/graphRecords.js';
import { alignByKey, apiRead, toInt, type ReadOptions } from './apiRead.js';
import { countryOf, seededCountries } from './countryDirectory.js';
import type { Period } from './loadPersonDetails.js';

/** Countries by ISO code, from the directory of seeded countries (no query once it is read); null for a code that is not seeded. */
export async function loadCountries(codes: readonly string[], options: ReadOptions): Promise<(CountryRecord | null)[]> {
  const countries = await seededCountries(options);
  return codes.map((code) => countryOf(countries, code));
}

/** For each country, at most `limit` partners ranked by shared events in the period. */
export async function loadPartners(codes: readonly string[], period: Period, limit: number, options: ReadOptions): Promise<CountryCountRecord[][]> {
  const rows = await apiRead('countries.partners', { codes: [...codes], ...period, limit: toInt(limit) }, options);
  // Each partner carries its period, so that its per-type figures are counted in the same one.
  return alignByKey(codes, rows, (r) => r.code, (r) => r.partners.map((p) => ({ ...p, since: period.since, until: period.until })), []);
}

/** For each country, at most `limit` persons seen in its offices, most recently seen first. */
export async function loadOfficials(codes: readonly string[], limit: number, options: ReadOptions): Promise<PersonRecord[][]> {
  const rows = await apiRead('countries.officials', { codes: [...codes], limit: toInt(limit) }, options);
  return alignByKey(codes, rows, (r) => r.code, (r) => r.officials, []);
}
