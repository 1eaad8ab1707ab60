import type { CountryCode } from '../../../src/domain/article.js';
import { findOfficeHits } from '../persons/findOfficeHits.js';
import { stateOf, timesNamedBefore, type EventDoc } from './eventDoc.js';

const listJoinersOf = new WeakMap<EventDoc['rules'], Map<string, ReadonlySet<string>>>();

/**
 * The words that may join two states of a list, or an office to the first one ("of", ", and the",
 * "et de la"), from the lexicons: coordinators and articles (organizationPatterns.json), a
 * title's prepositions (names.json portfolioPrepositions) and the language's name prepositions
 * but those that join a place ("embajador de China en Honduras": Honduras is the post, not a
 * second state of the title). Kept per rules and language.
 */
function listJoiners(doc: EventDoc): ReadonlySet<string> {
  const rules = doc.rules;
  const lang = doc.language ?? '*';
  let byLang = listJoinersOf.get(rules);
  if (!byLang) listJoinersOf.set(rules, (byLang = new Map()));
  let joiners = byLang.get(lang);
  if (!joiners) {
    const { coordinators, articles, tailPrepositions, placePrepositions } = rules.organizationPatterns;
    const places = placePrepositions[lang] ?? new Set<string>();
    joiners = new Set([...coordinators, ...articles, ...rules.portfolioPrepositions, ...[...(tailPrepositions[lang] ?? [])].filter((w) => !places.has(w))]);
    byLang.set(lang, joiners);
  }
  return joiners;
}

/** Words between two states of a list, or an office and its first state: joiners and one comma at most, past a plural ending the office was read without ("Ministers of"). */
function joinsList(doc: EventDoc, gap: string): boolean {
  const rest = gap.replace(/^e?s(?!\p{L})/u, '');
  if (/[^\s,;\p{L}'’&]/u.test(rest) || (rest.match(/[,;]/gu)?.length ?? 0) > 1) return false;
  const words = rest.toLowerCase().split(/[^\p{L}&]+/u).filter(Boolean);
  const joiners = listJoiners(doc);
  return words.length <= 3 && words.every((w) => joiners.has(w));
}

/** The states an office title is written with: right before it ("Ghanaian and Nigerian High Commissioners", "Barbados and Jamaica Prime Ministers"), or listed right after it ("the Foreign Ministers of France, Germany and Italy"). */
function statesOfTitle(doc: EventDoc, start: number, end: number, limit: number): Set<CountryCode> {
  const places = doc.mentions.filter((m) => m.country && (m.kind === 'country' || m.kind === 'demonym'));
  const states = new Set<CountryCode>();
  let at = end;
  for (const m of places) {
    if (m.start < at || m.end > limit) continue;
    if (!joinsList(doc, doc.text.slice(at, m.start))) break;
    states.add(m.country as CountryCode);
    at = m.end;
  }
  at = start;
  for (const m of [...places].reverse()) {
    if (m.end > at) continue;
    if (!joinsList(doc, doc.text.slice(m.end, at))) break;
    states.add(m.country as CountryCode);
    at = m.start;
  }
  return states;
}

/**
 * "The Prime Ministers of Jamaica and Barbados held talks …", "los cancilleres de Chile y Perú
 * acordaron …", "X met the ambassadors of Ghana, Nigeria and Liberia": an office written with
 * states, between `from` and `to`, but with no one named stands for the officials of those states
 * holding that office whom the article names (the one named most often, for each state).
 */
export function titledStates(doc: EventDoc, from: number, to: number): string[] {
  // No state written in the words, no office of states to read: the office scan is spared.
  if (!doc.mentions.some((m) => m.start >= from && m.end <= to && m.country && (m.kind === 'country' || m.kind === 'demonym'))) return [];
  // The office patterns name one holder: the plural is read with its final "s" blanked ("Prime Ministers").
  const clause = doc.text.slice(from, to);
  const hits = [clause, clause.replace(/(\p{L}{3,})s(?!\p{L})/gu, '$1 ')].flatMap((text) => findOfficeHits(text, doc.language, doc.rules));
  const out: string[] = [];
  for (const hit of hits) {
    const states = statesOfTitle(doc, from + hit.start, from + hit.end, to);
    const times = timesNamedBefore(doc, doc.text.length, (id) => doc.byId.get(id)?.office?.id === hit.office.id && states.has(stateOf(doc, id) as CountryCode));
    for (const state of states) {
      let best: string | null = null;
      for (const [id, n] of times) if (stateOf(doc, id) === state && (!best || n > (times.get(best) ?? 0))) best = id;
      if (best && !out.includes(best)) out.push(best);
    }
  }
  return out;
}
