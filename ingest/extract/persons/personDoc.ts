import type { CountryCode } from '../../../src/domain/article.js';
import type { Evidence } from '../../../src/domain/extraction.js';
import type { Office, Rules } from '../../rules/loadRules.js';
import type { Mention } from '../findMentions.js';
import type { Sentence } from '../splitSentences.js';
import { NO_ACTORS, type ActorLookup } from './knownActors.js';

/** One occurrence of a person's name in the text, with the office written next to it. */
export interface PersonMention {
  readonly start: number;
  readonly end: number;
  readonly name: string;
  /** Id of the person it was resolved to (slug of the canonical name). */
  personId: string;
  readonly office: Office | null;
  /** English label of the office ("Minister of Foreign Affairs and International Cooperation"). */
  readonly role: string | null;
  /** The office as written. */
  readonly roleOriginal: string | null;
  readonly country: CountryCode | null;
  readonly organization: string | null;
  /** Why the span was taken for a name: "honorific", "office", "apposition", "given-name", … */
  readonly anchor: string;
}

/** A person with every mention of it merged under the most complete name seen. */
export interface FoundPerson {
  readonly id: string;
  readonly name: string;
  /** The full form the text uses most ("Pedro Sánchez" of "Pedro Sánchez Pérez-Castejón"): how an event names the person. */
  readonly usualName: string;
  readonly aliases: string[];
  readonly role: string | null;
  readonly roleOriginal: string | null;
  readonly country: CountryCode | null;
  readonly organization: string | null;
  readonly office: Office | null;
  readonly mentions: PersonMention[];
  readonly evidence: Evidence[];
}

/** A stretch of text by character offsets. */
export interface Span {
  start: number;
  end: number;
}

/** An office title matched in the text. */
export interface OfficeHit extends Span {
  office: Office;
}

/**
 * The article as the person passes see it: the text, its sentences, the gazetteer mentions
 * that can cut or qualify a name (places, states, demonyms, organisations), and the marks found
 * before names: offices, honorifics and anchors ("son homologue").
 */
export interface PersonDoc {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly rules: Rules;
  readonly places: readonly Mention[];
  readonly offices: readonly OfficeHit[];
  readonly honorifics: readonly Span[];
  readonly anchors: readonly Span[];
  /** The anchors that announce counterparts ("ses homologues", "his counterparts"). */
  readonly counterpartAnchors: readonly Span[];
  /** The actor dictionary at the article's date. */
  readonly actors: ActorLookup;
}

/** Every match of a multi-pattern's regex, as spans. */
function spansOf(regex: RegExp, text: string): Span[] {
  const out: Span[] = [];
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m; m = regex.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

const counterpartFormsOf = new WeakMap<Rules, readonly RegExp[]>();

/** The anchors that announce counterparts, each as a whole-span regex, compiled once per rule set. */
function counterpartForms(rules: Rules): readonly RegExp[] {
  let forms = counterpartFormsOf.get(rules);
  if (!forms) {
    forms = rules.anchors.entries.filter((e) => e.id === 'counterpart').map((e) => new RegExp(`^(?:${e.regex.source})$`, 'u'));
    counterpartFormsOf.set(rules, forms);
  }
  return forms;
}

/** The person passes' view of an article, given the office titles found in it. */
export function createPersonDoc(
  text: string,
  sentences: readonly Sentence[],
  offices: readonly OfficeHit[],
  mentions: readonly Mention[],
  rules: Rules,
  actors: ActorLookup = NO_ACTORS,
): PersonDoc {
  // "Secrétaire général": a rank word inside an office title is part of the title.
  const anchors = spansOf(rules.anchors.regex, text).filter((a) => !overlapsAny(offices, a.start, a.end));
  const counterpart = counterpartForms(rules);
  return {
    text,
    sentences,
    rules,
    places: mentions.filter((m) => m.kind !== 'topic'),
    offices,
    honorifics: spansOf(rules.honorifics.regex, text),
    anchors,
    counterpartAnchors: anchors.filter((a) => counterpart.some((r) => r.test(text.slice(a.start, a.end)))),
    actors,
  };
}

/** The sentence holding a position (binary search), or undefined between sentences. */
export function sentenceAt(doc: PersonDoc, pos: number): Sentence | undefined {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid] as Sentence;
    if (pos < s.start) hi = mid - 1;
    else if (pos > s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

export function overlapsAny(spans: readonly Span[], s: number, e: number): boolean {
  for (const x of spans) if (x.start < e && s < x.end) return true;
  return false;
}

/** The first or last state (by name or demonym) mentioned inside [start, end). */
export function countryIn(mentions: readonly Mention[], start: number, end: number, pick: 'first' | 'last'): Mention | null {
  let best: Mention | null = null;
  for (const m of mentions) {
    if (m.start < start || m.end > end) continue;
    if ((m.kind !== 'country' && m.kind !== 'demonym') || !m.country) continue;
    if (!best || pick === 'last') best = m;
    if (pick === 'first') break;
  }
  return best;
}

/** The first organisation mentioned inside [start, end). */
export function orgIn(mentions: readonly Mention[], start: number, end: number): Mention | null {
  for (const m of mentions) if (m.kind === 'organization' && m.start >= start && m.end <= end) return m;
  return null;
}
