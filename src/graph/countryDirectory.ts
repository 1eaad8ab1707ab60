import type { CountryRecord } from '../domain/graphRecords.js';
import { apiRead, type ReadOptions } from './apiRead.js';

/** Seeded countries by ISO alpha-2 code. */
export type CountryDirectory = ReadonlyMap<string, CountryRecord>;

let directory: Promise<CountryDirectory> | null = null;

/**
 * Every seeded country, read once per process (countries are seeded by the migration and never
 * change afterwards). An empty graph (not migrated yet) or a failed read is not remembered:
 * the next call reads again. The read is not reported to `options.onQuery`: it is not a cost
 * of the request that happens to trigger it.
 */
export function seededCountries(options: ReadOptions): Promise<CountryDirectory> {
  if (!directory) {
    const untracked: ReadOptions = options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {};
    const loading = apiRead('countries.all', {}, untracked).then((rows) => new Map(rows.map((r) => [r.country.code, r.country] as const)));
    directory = loading;
    loading.then(
      (map) => {
        if (map.size === 0 && directory === loading) directory = null;
      },
      () => {
        if (directory === loading) directory = null;
      },
    );
  }
  return directory;
}

/** The country of a code from the directory, or null (no code, or a code that is not seeded). */
export function countryOf(countries: CountryDirectory, code: string | null | undefined): CountryRecord | null {
  return code ? (countries.get(code) ?? null) : null;
}
