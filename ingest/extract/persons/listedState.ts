import type { Rules } from '../../rules/loadRules.js';
import type { Mention } from '../findMentions.js';
import { countryIn, sentenceAt, type PersonDoc } from './personDoc.js';
import { escapeRegExp } from '../../rules/escapeRegExp.js';

/**
 * "ses homologues de Turquie, X ; du Qatar, Y", "et iranien X", "Ministers of Foreign Affairs of
 * Kyrgyzstan X and Tajikistan Y": in a list after a counterpart anchor of the same sentence, the
 * state or demonym named right before a name (and a comma) is that person's.
 */
function stateInCounterpartList(doc: PersonDoc, at: number): Mention | null {
  const state = countryIn(doc.places, Math.max(0, at - 30), at, 'last');
  if (!state) return null;
  const gap = doc.text.slice(state.end, at);
  if (!/^\s*,?\s*$/u.test(gap)) return null;
  const s = sentenceAt(doc, at);
  return doc.counterpartAnchors.some((a) => a.end <= state.start && (!s || a.start >= s.start)) ? state : null;
}

/** "Tete Antonio of Angola", "John Mahama (Ghana)": a state right after a name is that person's. */
function stateAfterName(doc: PersonDoc, at: number): Mention | null {
  const of = doc.rules.stateAfterName.exec(doc.text.slice(at, at + 12));
  if (!of) return null;
  const state = doc.places.find((g) => g.kind === 'country' && g.start === at + of[0].length) ?? null;
  if (!state || (of[0].includes('(') && !/^\s*\)/u.test(doc.text.slice(state.end, state.end + 3)))) return null;
  return state;
}

interface ListJoins {
  /** Only a coordinator between two words ("chinois et japonais"). */
  readonly onlyAnd: RegExp;
  /** A name of up to four capitalised words, then a coordinator ("Wang Yi et "). */
  readonly nameThenAnd: RegExp;
}

const listJoinsOf = new WeakMap<Rules, ListJoins>();

/**
 * The list joins built on organizationPatterns.json "coordinators", compiled once per rule set:
 * they run for every name candidate of every article.
 */
function listJoins(rules: Rules): ListJoins {
  let joins = listJoinsOf.get(rules);
  if (!joins) {
    const and = String.raw`\s+(?:${[...rules.organizationPatterns.coordinators].map(escapeRegExp).join('|')})\s+`;
    joins = {
      onlyAnd: new RegExp(`^${and}$`, 'u'),
      nameThenAnd: new RegExp(`^[\\s,:]+\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}${and}$`, 'u'),
    };
    listJoinsOf.set(rules, joins);
  }
  return joins;
}

/**
 * "ses homologues ghanéen et kényan, A et B", "his counterparts from Argentina and Brazil, A and
 * B": two demonyms or states joined by "and" then two names joined by "and" pair in order, the
 * first name with the first state.
 */
function stateInPairedLists(doc: PersonDoc, at: number): Mention | null {
  const joins = listJoins(doc.rules);
  const states = doc.places.filter((g) => (g.kind === 'demonym' || g.kind === 'country') && g.end <= at && at - g.end <= 60);
  for (let i = states.length - 1; i > 0; i--) {
    const [first, second] = [states[i - 1] as Mention, states[i] as Mention];
    if (!joins.onlyAnd.test(doc.text.slice(first.end, second.start))) continue;
    // "chinois et japonais, X", "Chinese and Japanese counterparts, X".
    const between = doc.text.slice(second.end, at).replace(/^\s+\p{Ll}+(?=[\s,:])/u, '');
    if (/^[\s,:]+$/u.test(between)) return first;
    if (joins.nameThenAnd.test(between)) return second;
  }
  return null;
}

/** The state a list gives the name at [start, end), or null. */
export function listedState(doc: PersonDoc, start: number, end: number): Mention | null {
  return stateInPairedLists(doc, start) ?? stateInCounterpartList(doc, start) ?? stateAfterName(doc, end);
}
