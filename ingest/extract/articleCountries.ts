import type { CountryCode } from '../../src/domain/article.js';
import type { ExtractedCountry } from '../../src/domain/extraction.js';
import { foldText, isWordCode } from '../lexicons/foldText.js';
import type { Gazetteer, MetonymyCues } from '../lexicons/loadGazetteer.js';
import type { Mention } from './findMentions.js';
import { packedMap } from './packedMap.js';

type Status = 'venue' | 'actor' | null;

const APOSTROPHE = 0x27;
const SPACE = 0x20;

/** The folded word right before `at` in the same clause (elided "d'" gives "d"), or null. */
function wordBefore(folded: string, at: number): string | null {
  let i = at - 1;
  while (i >= 0 && (folded.charCodeAt(i) === SPACE || folded.charCodeAt(i) === APOSTROPHE)) i--;
  const end = i + 1;
  while (i >= 0 && isWordCode(folded.charCodeAt(i))) i--;
  return end > i + 1 ? folded.slice(i + 1, end) : null;
}

/** The folded word right after `at` in the same clause ("Moscow's" gives "s"), or null. */
function wordAfter(folded: string, at: number): string | null {
  let i = at;
  while (i < folded.length && (folded.charCodeAt(i) === SPACE || folded.charCodeAt(i) === APOSTROPHE)) i++;
  const start = i;
  while (i < folded.length && isWordCode(folded.charCodeAt(i))) i++;
  return i > start ? folded.slice(start, i) : null;
}

const has = (sets: MetonymyCues[keyof MetonymyCues], word: string | null, lang: string | null): boolean =>
  word !== null && (lang && sets[lang] ? sets[lang].has(word) : Object.values(sets).some((s) => s.has(word)));

/**
 * The states an article refers to as states: by name, by demonym, or by a capital standing for
 * its government ("Rabat et Paris ont signé", "Moscow says"). A city that is only a venue ("à
 * Moscou", "in Addis Ababa") adds nothing, nor does a capital standing for an organisation.
 * `language` picks the cue words of metonymy.json (null: every language's); `folded` is
 * foldText(text), when the caller already has it.
 */
export function articleCountries(text: string, mentions: readonly Mention[], gazetteer: Gazetteer, language: string | null = null, folded: string = foldText(text)): ExtractedCountry[] {
  const cues = gazetteer.metonymy;
  const places = mentions.filter((m) => m.kind === 'country' || m.kind === 'demonym' || m.kind === 'city');

  // Each capital's own status from the words around it.
  const own = packedMap(places, (m): Status => {
    if (m.kind !== 'city') return 'actor';
    if (!m.capital || m.standsFor) return 'venue';
    const before = wordBefore(folded, m.start);
    if (has(cues.venueBefore, before, language)) return 'venue';
    if (has(cues.cueBefore, before, language) || has(cues.cueAfter, wordAfter(folded, m.end), language)) return 'actor';
    return null;
  });
  // Places joined by a coordinator ("Rabat et Paris", "in Moscow and Beijing") share a status:
  // a venue in the group makes its undecided members venues, else an actor makes them actors.
  const status = [...own];
  for (let i = 0; i < places.length; ) {
    let j = i;
    while (j + 1 < places.length) {
      const between = folded.slice(places[j]!.end, places[j + 1]!.start).trim();
      if (!has(cues.coordinators, between, language) && between !== ',') break;
      j++;
    }
    if (j > i) {
      const group = own.slice(i, j + 1);
      const shared: Status = group.includes('venue') ? 'venue' : group.includes('actor') ? 'actor' : null;
      for (let k = i; k <= j; k++) status[k] ??= shared;
    }
    i = j + 1;
  }

  // A demonym several states share was settled on the mentions (settleDemonyms).
  const counts = new Map<CountryCode, { n: number; first: number }>();
  places.forEach((m, k) => {
    if (status[k] !== 'actor' || !m.country) return;
    const c = counts.get(m.country) ?? { n: 0, first: m.start };
    c.n++;
    counts.set(m.country, c);
  });
  return [...counts]
    .sort((a, b) => b[1].n - a[1].n || a[1].first - b[1].first)
    .map(([code, c]) => ({ code, name: gazetteer.countries.get(code)?.name ?? code, mentions: c.n }));
}
