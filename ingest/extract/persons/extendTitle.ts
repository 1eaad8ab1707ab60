import { asciiFirstForward } from '../../rules/asciiFirstClass.js';
import type { Rules } from '../../rules/loadRules.js';
import type { Mention } from '../findMentions.js';

// Words allowed inside an office title after its head: capitalised words, function words,
// adjectives (by their endings: "internationale", "togolais", "étrangères") and brackets.
// Language-neutral shapes, no vocabulary.
// Every token of every title is read by these two: their letter classes test ASCII inline (see asciiFirstForward).
const UPPER = asciiFirstForward('\\p{Lu}');
const LOWER = asciiFirstForward('\\p{Ll}');
const SUFFIXES = 'ale|ales|aux|al|e|es|s|ien|ienne|ais|aise|ain|aine|ique|ois|oise|ano|ana|an|ian|ese|eur|ère|ères|ité|ant|ants|ger';
const TITLE_WORD = new RegExp(
  `^(?:${UPPER}${asciiFirstForward("\\p{L}’'.-")}*|${LOWER}{1,4}['’]|${LOWER}{1,2}['’]${asciiFirstForward('\\p{L}')}+|${LOWER}{1,3}|${LOWER}+(?:${SUFFIXES})|\\(|\\)|,|\\p{Pd})$`,
  'u',
);
const TITLE_TOKEN = new RegExp(`\\(|\\)|,|${asciiFirstForward("\\p{L}’'.\\p{Pd}")}+`, 'gu');

const demonymStartsOf = new WeakMap<readonly Mention[], ReadonlySet<number>>();

/** Where the demonyms among `places` start, computed once per list: a title is extended many times per article. */
function demonymStarts(places: readonly Mention[]): ReadonlySet<number> {
  let starts = demonymStartsOf.get(places);
  if (!starts) {
    starts = new Set(places.filter((g) => g.kind === 'demonym').map((g) => g.start));
    demonymStartsOf.set(places, starts);
  }
  return starts;
}

/** A portfolio opens at `at`, past spaces ("…, Relaciones Exteriores"). A module function: a closure would be made for every title extended. */
function portfolioAt(text: string, at: number, rules: Rules): boolean {
  return rules.portfolioAt.test(text.slice(at, at + 60).trimStart());
}

/**
 * "ministra de Inclusión, Seguridad Social y Migraciones, X": after a comma, capitalised words
 * joined by a title conjunction up to the next comma go on listing the title's portfolios. A
 * run that opens on a given name is a list of names ("…, Carlos Cuerpo y Elma Saiz,").
 */
export function portfolioListAt(text: string, at: number, rules: Rules): boolean {
  const run = /^\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)\s+(\p{Ll}+)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*\s*,/u.exec(text.slice(at, at + 80));
  const first = run?.[1]?.split(/\s+/u)[0]?.toLowerCase();
  return run !== null && first !== undefined && rules.titleConjunctions.has(run[2] as string) && !rules.givenNames.has(first);
}

/** Extends an office title to the right over its complements ("… et de la Coopération internationale de la République du Mali"). */
export function extendTitle(text: string, from: number, limit: number, rules: Rules, places: readonly Mention[] = []): number {
  TITLE_TOKEN.lastIndex = from;
  let end = from;
  let m: RegExpExecArray | null;
  while ((m = TITLE_TOKEN.exec(text)) && m.index < limit) {
    const gap = text.slice(end, m.index);
    if (/[\n.;:!?«»"“”]/u.test(gap)) break;
    const tok = m[0];
    const at = m.index;
    // Demonyms belong to the title in every language ("el canciller chileno").
    const demonym = demonymStarts(places).has(at);
    if (!demonym && !TITLE_WORD.test(tok) && !rules.titleWords.has(tok)) break;
    if (tok === ',' || rules.titleConjunctions.has(tok)) {
      // After a comma or a conjunction the title goes on only with a preposition ("…, de la
      // Coopération"), never with a bare name ("…, et Abdoulaye Diop").
      const rest = text.slice(m.index + tok.length, m.index + tok.length + 12);
      if (!/^\s*(?:de|des|du|d['’]|of|for|del|à l['’]|la |le |l['’])/iu.test(rest) && tok === ',' && !portfolioAt(text, m.index + 1, rules) && !portfolioListAt(text, m.index + 1, rules)) break;
      // After a conjunction the next word decides: the loop ends at the first that is no title
      // word ("… Affaires étrangères et Abdoulaye Diop"), and goes on through "et de la
      // Coopération", "and International Cooperation", "and Nationals Abroad".
      if (!/^\s*\p{L}/u.test(rest)) break;
      continue;
    }
    end = m.index + tok.length;
  }
  return end;
}
