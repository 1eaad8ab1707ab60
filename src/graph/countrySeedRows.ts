import { createRequire } from 'node:module';
import type { CountrySeedRow } from './catalog/coreQueries.js';

interface WorldCountry {
  cca2: string;
  cca3: string;
  ccn3?: string;
  name: { common: string; official: string };
  translations: Record<string, { common: string; official: string } | undefined>;
  region?: string;
  subregion?: string;
}

/**
 * Every ISO 3166-1 country with English and French names, from the world-countries package
 * (maintained from the ISO list and CLDR), not typed by hand.
 */
export function countrySeedRows(): CountrySeedRow[] {
  const countries = createRequire(import.meta.url)('world-countries/countries.json') as WorldCountry[];
  return countries
    .filter((c) => /^[A-Z]{2}$/.test(c.cca2))
    .map((c) => ({
      code: c.cca2,
      iso3: c.cca3,
      isoNumeric: c.ccn3 || null,
      name: c.name.common,
      nameFr: c.translations.fra?.common ?? c.name.common,
      officialName: c.name.official,
      region: c.region || null,
      subregion: c.subregion || null,
    }));
}
