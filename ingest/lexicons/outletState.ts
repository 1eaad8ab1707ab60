import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { projectRoot } from '../../src/config/projectRoot.js';
import type { CountryCode } from '../../src/domain/article.js';

interface WorldCountry {
  readonly cca2: string;
  readonly tld: readonly string[];
}

let byTld: ReadonlyMap<string, CountryCode> | null = null;

/** Country-code top-level domains to states (world-countries), less those sold as generic names. */
function tldStates(): ReadonlyMap<string, CountryCode> {
  if (byTld) return byTld;
  const countries = createRequire(import.meta.url)('world-countries/countries.json') as WorldCountry[];
  const generic = new Set((JSON.parse(readFileSync(join(projectRoot(), 'ingest', 'lexicons', 'genericTlds.json'), 'utf8')) as { tlds: string[] }).tlds);
  const map = new Map<string, CountryCode>();
  for (const c of countries) for (const tld of c.tld) if (!generic.has(tld.slice(1))) map.set(tld.slice(1), c.cca2);
  byTld = map;
  return map;
}

/**
 * The state of the outlet that published an article, from its address's country-code domain
 * ("…co.ke" → KE), as GDELT records a source country; on a generic domain, from a capital the
 * outlet's name opens with ("lusakatimes.com" → ZM, "tehrantimes.com" → IR), given
 * `capitalOpening` (the state of the capital a host label opens with, or null). Null when
 * neither tells, and for addresses that do not parse.
 */
export function outletState(url: string | null, capitalOpening: (label: string) => CountryCode | null = () => null): CountryCode | null {
  if (!url) return null;
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return null;
  }
  const labels = host.toLowerCase().split('.');
  const byDomain = tldStates().get(labels[labels.length - 1] as string);
  if (byDomain) return byDomain;
  const name = labels[labels.length - 2];
  return name ? capitalOpening(name) : null;
}
