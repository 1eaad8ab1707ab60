import type { CountryOfficeRow } from './catalog/correctionQueries.js';
import { apiRead, toInt, type ReadOptions } from './apiRead.js';

/** Most supporting articles listed per office (the count says how many there are). */
export const OFFICE_SOURCE_LIMIT = 10;

/** Every office of each country with its holder, dates and latest sources, batched over codes. */
export async function loadCountryOffices(codes: readonly string[], options: ReadOptions): Promise<CountryOfficeRow[][]> {
  const rows = await apiRead('offices.of-countries', { codes: [...codes], sourceLimit: toInt(OFFICE_SOURCE_LIMIT) }, options);
  return codes.map((code) => rows.filter((r) => r.code === code));
}
