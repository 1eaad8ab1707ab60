import type { EventLocation } from '../../src/domain/extraction.js';
import type { Gazetteer } from '../lexicons/loadGazetteer.js';
import type { Rules } from '../rules/loadRules.js';
import { findMentions } from './findMentions.js';
import { findDates, type FoundDate } from './resolveDate.js';

/** The dateline ("NIAMEY, 18 février 2025 –"): where it ends, its place and its date. */
export interface Dateline {
  readonly end: number;
  readonly location: EventLocation | null;
  readonly date: FoundDate | null;
}

/** Characters at the start of an article where a dateline is looked for. */
const DATELINE_REACH = 120;

/** A first line that is a headline: short, with no sentence's end, then a line break. */
const HEADLINE = /^[^\n.!?]{10,160}\n\s*/u;

const titleCase = (s: string): string => s.toLowerCase().replace(/(^|[\s\p{Pd}'’])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());

/** Where a saved page's own date line (" date 2022-11-22 ") ends: 0 when the text opens on the article. */
export function pageDateEnd(text: string, rules: Rules): number {
  return rules.pageDate.exec(text)?.[0].length ?? 0;
}

/**
 * The article's dateline, or null. A town the gazetteer does not hold is still placed when the
 * dateline names its state ("VILLERS-COTTERÊTS (France) –", "UYO, Nigeria –"). `placeName` gives
 * a gazetteer city's English name.
 */
export function readDateline(
  text: string,
  language: string | null,
  published: string | null,
  lex: { rules: Rules; gazetteer: Gazetteer },
  placeName: (id: string) => string | undefined,
  opening = pageDateEnd(text, lex.rules),
): Dateline | null {
  const { rules, gazetteer } = lex;
  let skipped = opening;
  let head = text.slice(skipped, skipped + DATELINE_REACH);
  let capitals = rules.dateline.exec(head);
  // "Anwar pays courtesy call\n\nKUALA LUMPUR: …": a page opening on its headline has the
  // wire's dateline, in capitals, on the line after it.
  const headline = capitals ? null : HEADLINE.exec(text.slice(opening));
  if (headline) {
    const after = text.slice(opening + headline[0].length, opening + headline[0].length + DATELINE_REACH);
    const below = rules.dateline.exec(after);
    if (below) [skipped, head, capitals] = [opening + headline[0].length, after, below];
  }
  const dl = capitals ?? rules.datelineTitleCase.exec(head);
  if (!dl) return null;
  const placeText = titleCase((dl[1] ?? '').trim());
  const city = findMentions(placeText, language, gazetteer).find((m) => m.kind === 'city' && m.country);
  // A wire's dateline in title case counts only when it opens with a city the gazetteer knows.
  if (!capitals && !city) return null;
  const date = rules.dateHint.test(dl[0]) ? (findDates(dl[0], language, published, false, rules)[0] ?? null) : null;
  const state = city ? null : findMentions(dl[0].slice((dl[1] ?? '').length), language, gazetteer).find((m) => m.kind === 'country' && m.country);
  const location: EventLocation | null = city
    ? { placeId: city.id, name: placeName(city.id) ?? city.text, country: city.country }
    : state?.country && placeText ? { placeId: null, name: placeText, country: state.country } : null;
  return { end: skipped + dl[0].length, location, date };
}
