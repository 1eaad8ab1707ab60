import type { CountryCode } from '../../../src/domain/article.js';
import type { Sentence } from '../splitSentences.js';
import { newDraft, type Candidate, type Draft, type EventDoc } from './eventDoc.js';
import { statesOfCandidate, type Parties } from './statesOfCandidate.js';

const subset = <T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean => [...a].every((x) => b.has(x));

/**
 * "Les deux chefs d'État ont signé …", "cette visite à Tunis": a sentence naming no one and no
 * state but those of the encounter right before it reports one more action of it.
 */
function joinsLast(doc: EventDoc, c: Candidate, states: ReadonlySet<CountryCode>, drafts: readonly Draft[]): Draft | null {
  const last = drafts[drafts.length - 1];
  const lastSentence = last?.parts[last.parts.length - 1]?.sentences[0];
  if (!last || !lastSentence) return null;
  const near = doc.sentences.indexOf(c.sentences[0] as Sentence) - doc.sentences.indexOf(lastSentence) <= 2;
  const within = [...states].every((x) => last.states.has(x));
  return near && within && [...c.participants].every((id) => last.participants.has(id)) ? last : null;
}

/** The state or organisation a participant speaks for, as far as the passes so far tell. */
function sideOf(doc: EventDoc, id: string): string | undefined {
  return doc.participantCountry.get(id) ?? doc.byId.get(id)?.country ?? doc.byId.get(id)?.organization ?? undefined;
}

/**
 * The encounter a candidate reports too: same states (or a subset), and participants that do
 * not contradict (named officials, those placed by the venue included, contain one another).
 * Two reports of the trip itself are one visit; talks with another official during it are an
 * encounter of their own, linked to the visit when the events are built.
 */
function sameEncounter(doc: EventDoc, c: Candidate, parties: Parties, drafts: readonly Draft[]): Draft | null {
  const named = new Set([...c.participants].filter((id) => sideOf(doc, id) && !c.attendees?.has(id)));
  return drafts.find((d) => {
    if (!(subset(parties.states, d.states) || subset(d.states, parties.states))) return false;
    // One of several separate talks is not the gathering an earlier sentence summed them up as.
    if (c.separate && d.states.size > parties.states.size && !d.parts.some((p) => p.separate)) return false;
    // Talks held one after another on one trip ("En visite à Maurice, X a eu des tête-à-tête avec A, B et C") stay apart: the visit is shared when the events are built.
    const talksApart = c.separate && d.parts.some((p) => p.separate) && c.triggers.some((t) => t.type === 'meeting');
    if (d.parts[0]?.trigger.type === 'visit' && c.trigger.type === 'visit' && !talksApart) return true;
    const dn = new Set([...d.participants].filter((id) => sideOf(doc, id)));
    // « Tuvimos una reunión con el presidente X », dijo Y: talks a participant speaks of,
    // in quotation marks, are those already reported, whoever else the sentence names.
    if (quotedTrigger(doc, c)) return true;
    if (replacesCounterpart(named, dn, (id) => sideOf(doc, id))) return false;
    return named.size < 2 || dn.size < 2 || subset(named, dn) || subset(dn, named);
  }) ?? null;
}

/** Opening and closing quotation marks: a trigger after more openers than closers in its sentence is quoted. */
const OPENERS = /[«“]/gu;
const CLOSERS = /[»”]/gu;

/** The candidate's trigger stands inside quotation marks (« … », “ … ”). */
function quotedTrigger(doc: EventDoc, c: Candidate): boolean {
  const s = c.sentences[0];
  if (!s || c.at < s.start) return false;
  const before = doc.text.slice(s.start, c.at);
  return (before.match(OPENERS)?.length ?? 0) > (before.match(CLOSERS)?.length ?? 0);
}

/**
 * "Wong met Prime Minister Marape. She also met her counterpart Tkatchenko": a named official
 * of a side that the earlier encounter already has under another name is another audience,
 * one event per counterpart, even between the same states.
 */
function replacesCounterpart(named: ReadonlySet<string>, earlier: ReadonlySet<string>, sideOf: (id: string) => string | undefined): boolean {
  const newcomers = [...named].filter((id) => !earlier.has(id));
  const absent = [...earlier].filter((id) => !named.has(id));
  return newcomers.some((id) => absent.some((other) => sideOf(other) === sideOf(id)));
}

/**
 * Groups candidates into encounters, each with at least two states (or a state and an
 * organisation). `offDomain`: sports or disaster news, where only a sentence that itself names
 * two officials counts.
 */
export function groupEncounters(doc: EventDoc, candidates: readonly Candidate[], offDomain: boolean): Draft[] {
  const drafts: Draft[] = [];
  const unplaced: Candidate[] = [];
  for (const c of candidates) {
    const parties = statesOfCandidate(doc, c);
    if (!twoSides(parties)) {
      const last = joinsLast(doc, c, parties.states, drafts);
      if (last) last.parts.push(c);
      else unplaced.push(c);
      continue;
    }
    // "La cumbre de los presidentes de Ecuador y Perú terminó sin acuerdo": a sentence that
    // names no one and adds states to an encounter reports another one, in passing.
    const passingBy = c.own === 0 && drafts.some((d) => d.states.size < parties.states.size && subset(d.states, parties.states));
    if ((!offDomain || c.own >= 2) && !passingBy) group(doc, c, parties, drafts);
  }
  // "La ministra de Salud, X, se reunió con el ministro de Salud, Y … luego con el presidente
  // boliviano Z": talks whose officials only a later sentence places are read again once all
  // are, and take their place in the text's order.
  for (const c of offDomain ? [] : unplaced) {
    const parties = statesOfCandidate(doc, c);
    // A trip needs its traveller named, and the place it goes to; talks need both sides named.
    if (!twoSides(parties) || c.own < (c.trigger.type === 'visit' ? 1 : 2)) continue;
    const into = group(doc, c, parties, drafts);
    // A new encounter (the last draft) moves to where its sentence stands.
    if (into.parts.length === 1) drafts.splice(draftsBefore(drafts, c), 0, drafts.pop() as Draft);
  }
  return drafts.flatMap((d) => (sumsUpSeparateTalks(d, drafts) ? tripOf(d) : [d]));
}

/** At least two states, or a state and an organisation. */
function twoSides({ states, orgs }: Parties): boolean {
  return states.size >= 2 || (states.size >= 1 && orgs.size > 0);
}

/** Adds a candidate to the encounter it reports too, or to a new one; returns that draft. */
function group(doc: EventDoc, c: Candidate, parties: Parties, drafts: Draft[]): Draft {
  const into = sameEncounter(doc, c, parties, drafts);
  if (!into) {
    const d = newDraft({ parts: [c], states: new Set(parties.states), orgs: new Set(parties.orgs), participants: new Set(c.participants) });
    drafts.push(d);
    return d;
  }
  into.parts.push(c);
  for (const s of parties.states) into.states.add(s);
  for (const o of parties.orgs) into.orgs.add(o);
  for (const p of c.participants) into.participants.add(p);
  return into;
}

/** How many drafts open before a candidate's sentence. */
function draftsBefore(drafts: readonly Draft[], c: Candidate): number {
  const at = c.sentences[0]?.start ?? 0;
  return drafts.filter((d) => (d.parts[0]?.sentences[0]?.start ?? 0) < at).length;
}

/** What is left of a summary of separate talks: the trip it reports, if any, is no summary. */
function tripOf(d: Draft): Draft[] {
  const parts = d.parts.flatMap((p) => {
    const visit = p.triggers.find((t) => t.type === 'visit');
    return visit ? [{ ...p, trigger: visit, triggers: [visit] }] : [];
  });
  return parts.length ? [{ ...d, parts, tripOnly: true }] : [];
}

/**
 * "X a eu des entretiens avec A, B et C. … Il s'est entretenu tour à tour avec ses homologues
 * A, B et C": a gathering of three states or more whose every counterpart has a separate talk
 * of its own with the same subject is their summary, not one more encounter.
 */
function sumsUpSeparateTalks(d: Draft, drafts: readonly Draft[]): boolean {
  if (d.states.size < 3 || d.parts.some((p) => p.separate)) return false;
  const talks = drafts.filter((t) => t !== d && t.parts.every((p) => p.separate) && subset(t.states, d.states));
  const covered = new Set(talks.flatMap((t) => [...t.states]));
  return talks.length >= 2 && [...d.states].every((s) => covered.has(s));
}
