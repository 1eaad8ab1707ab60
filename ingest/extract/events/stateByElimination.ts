import type { CountryCode } from '../../../src/domain/article.js';

/** A state must be named this many times, and this much more than the next, to be the article's other party. */
const MIN_ARTICLE_MENTIONS = 2;
const CLEAR_LEAD = 1.5;

/**
 * The state of the one participant the text gives no state for, beside participants whose
 * states it gives: the venue's state when no other participant serves it, else the one other
 * state the encounter's sentences name, else the article's home state (its dateline's, or its
 * outlet's: "the President" of a Kenyan paper is Kenya's), or else the state the article names
 * clearly most often. "Le ministre X a reçu son homologue malien Y" in a story on
 * Algerian–Malian talks makes X Algeria's. Null when the choice is not clear.
 */
export function stateByElimination(
  unplaced: number,
  known: ReadonlySet<CountryCode>,
  venue: CountryCode | null,
  sentenceStates: readonly CountryCode[],
  articleStates: ReadonlyMap<CountryCode, number>,
  home: CountryCode | null = null,
): CountryCode | null {
  if (unplaced !== 1 || known.size === 0) return null;
  // Talks held in a state none of the named guests serves: the one left is their host.
  if (venue && !known.has(venue)) return venue;
  const near = [...new Set(sentenceStates)].filter((c) => !known.has(c));
  if (near.length === 1) return near[0] as CountryCode;
  if (near.length > 1) return null;
  if (home && !known.has(home)) return home;
  const ranked = [...articleStates].filter(([c]) => !known.has(c)).sort((a, b) => b[1] - a[1]);
  const [top, next] = ranked;
  if (!top || top[1] < MIN_ARTICLE_MENTIONS) return null;
  return !next || top[1] >= next[1] * CLEAR_LEAD ? top[0] : null;
}
