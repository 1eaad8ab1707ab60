import type { CountryCode } from '../../src/domain/article.js';
import { foldText } from '../lexicons/foldText.js';
import type { CityEntry, Gazetteer } from '../lexicons/loadGazetteer.js';

/** Shortest capital name an outlet's host label is read for: "lima" or "rome" open too many words. */
const MIN_HOST_CAPITAL = 5;

/** The gazetteer's capitals, indexed the three ways extraction asks for them. */
export interface Capitals {
  /** Each state's capital ("la capitale sénégalaise": Dakar). */
  readonly byState: ReadonlyMap<CountryCode, CityEntry>;
  /**
   * The capitals that bear their state's name (Singapore, Luxembourg, Djibouti): "à Singapour",
   * "en Luxemburgo" name the city in any language.
   */
  readonly namedLikeTheirState: ReadonlyMap<CountryCode, CityEntry>;
  /** The state of the capital an outlet's host label opens with ("lusakatimes" → ZM), or null. */
  readonly openingHost: (label: string) => CountryCode | null;
}

const cache = new WeakMap<Gazetteer, Capitals>();

/** The capitals of a gazetteer, indexed once per gazetteer. */
export function capitalsOf(gazetteer: Gazetteer): Capitals {
  let out = cache.get(gazetteer);
  if (out) return out;
  const byState = new Map<CountryCode, CityEntry>();
  const namedLikeTheirState = new Map<CountryCode, CityEntry>();
  for (const city of gazetteer.cities.values()) {
    if (!city.capital) continue;
    if (!byState.has(city.country)) byState.set(city.country, city);
    const state = gazetteer.countries.get(city.country);
    if (state && foldText(state.name) === foldText(city.name)) namedLikeTheirState.set(city.country, city);
  }
  const hostWords = [...byState.values()].map((c): [string, CountryCode] => [foldText(c.name).replace(/[^a-z]/gu, ''), c.country]).filter(([w]) => w.length >= MIN_HOST_CAPITAL);
  out = { byState, namedLikeTheirState, openingHost: (label) => hostWords.find(([w]) => label.startsWith(w))?.[1] ?? null };
  cache.set(gazetteer, out);
  return out;
}
