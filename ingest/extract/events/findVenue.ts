import type { CountryCode } from '../../../src/domain/article.js';
import type { EventLocation } from '../../../src/domain/extraction.js';
import type { Mention } from '../findMentions.js';
import { leadSentence, stateOf, type Candidate, type Draft, type EventDoc } from './eventDoc.js';

/** Characters after a visit trigger where its destination state is looked for ("paid a state visit to Egypt"). */
const VISIT_REACH = 60;

/** Characters around a visit trigger read for a possessive ("during his visit"). */
const POSSESSIVE_REACH = 30;

/** Longest opening clause ("Au cours de sa visite officielle de trois jours,"), and reach from it to the subject. */
const OPENING_CLAUSE = 60;

/** Characters before a place where its locative preposition is read ("dans la ville turque d'"). */
const PREPOSITION_REACH = 30;

/**
 * A mention preceded by a locative preposition ("à Moscou", "in Moscow", "la ville de Tunis"),
 * not the post of a diplomat ("l'ambassadeur de Colombie à Washington") nor the place a guest
 * goes back to ("de regreso a Lima").
 */
function afterPreposition(doc: EventDoc, m: Mention, from: number): boolean {
  const before = doc.text.slice(Math.max(from, m.start - 60), m.start);
  return doc.cues.locationPreposition.test(doc.text.slice(Math.max(from, m.start - PREPOSITION_REACH), m.start)) && !doc.cues.posting.test(before) && !doc.cues.returnTrip.test(before);
}

/** Characters around a demonym read for the capital it names ("vers la capitale malienne", "in the Kenyan capital"). */
const CAPITAL_REACH = 30;

/** A demonym standing for its state's capital, after a locative preposition (cues.json demonymCapital, '#' for the demonym). */
function namesCapital(doc: EventDoc, m: Mention): boolean {
  return doc.cues.demonymCapital.test(`${doc.text.slice(Math.max(0, m.start - CAPITAL_REACH), m.start)}#${doc.text.slice(m.end, m.end + CAPITAL_REACH)}`);
}

/** A place named where the trigger sentence has turned to another encounter ("… ahead of the summit in Paris"). */
const pastTurn = (c: Candidate, m: Mention): boolean => c.preparedAt !== undefined && m.start >= c.preparedAt && m.start < (c.sentences[0]?.end ?? 0);

/**
 * A city after a locative preposition or before a hosting verb ("Ouagadougou a abrité") in the
 * candidate's sentences; a city-state's capital is written as the country ("talks in Luxembourg").
 */
function cityOf(doc: EventDoc, c: Candidate): Mention | null {
  for (const s of c.sentences) {
    for (const found of doc.mentions) {
      if (found.start < s.start || found.end > s.end || !found.country || pastTurn(c, found)) continue;
      // "dans la capitale sénégalaise": the demonym names its state's capital, preposition and all.
      if (found.kind === 'demonym' && namesCapital(doc, found)) {
        const capital = doc.capitalOf?.(found);
        if (capital) return capital;
      }
      const m = found.kind === 'city' ? found : found.kind === 'country' ? (doc.capitalNamedAs?.(found) ?? null) : null;
      if (!m) continue;
      // "Au lendemain du sommet tenu à Johannesburg, X est venu rencontrer Y": the earlier gathering's place.
      if (m.start < c.at && doc.rules.afterGathering.test(doc.text.slice(s.start, m.start))) continue;
      if (afterPreposition(doc, m, s.start) || doc.cues.hostVerb.test(doc.text.slice(m.end, m.end + 20))) return m;
    }
  }
  return null;
}

/** Characters after any other trigger where a state written as its venue is looked for ("will meet in Jamaica", "held bilateral discussions in Suriname"). */
const MEETING_REACH = 35;

/**
 * A visit's destination written as a state right after its trigger ("arrived in Poland", "une
 * visite d'État au Maroc"), or the state talks are held in, right after theirs ("met in Jamaica").
 */
function visitedState(doc: EventDoc, c: Candidate): Mention | null {
  const at = c.visitAt ?? c.at;
  const reach = c.visitAt === undefined ? MEETING_REACH : VISIT_REACH;
  for (const m of doc.mentions) {
    if (m.kind !== 'country' || !m.country || m.start < at || m.start - at > reach || pastTurn(c, m)) continue;
    // "discussed the crisis in Ukraine": the state the talks are about, not where they are held.
    if (doc.rules.subjectState.test(doc.text.slice(at, m.start))) continue;
    if (afterPreposition(doc, m, at)) return m;
  }
  return null;
}

/**
 * "President X has arrived in the country for a state visit": the country is the outlet's own
 * (its dateline's, or its address's), when that is not the traveller's. A mention of that state
 * where the phrase stands, or null.
 */
function arrivalInHomeState(doc: EventDoc, c: Candidate): Mention | null {
  const home = doc.homeState;
  if (!home || travellerState(doc, c) === home) return null;
  for (const s of c.sentences) {
    const m = doc.cues.arrivedHome.exec(doc.text.slice(s.start, s.end));
    if (m) return { kind: 'country', id: home, country: home, start: s.start + m.index, end: s.start + m.index + m[0].length, text: m[0] };
  }
  return null;
}

const venues = new WeakMap<Candidate, Mention | null>();

/** Where a candidate's encounter is held: the visited state when no city comes before it, else the city (found once per candidate). */
export function venueMention(doc: EventDoc, c: Candidate): Mention | null {
  if (venues.has(c)) return venues.get(c) ?? null;
  const city = cityOf(doc, c);
  const state = visitedState(doc, c);
  const venue = (state && (!city || city.start > state.start) ? state : city) ?? arrivalInHomeState(doc, c);
  venues.set(c, venue);
  return venue;
}

/** The state of a candidate's venue, or null. */
export function venueOf(doc: EventDoc, c: Candidate): CountryCode | null {
  return venueMention(doc, c)?.country ?? null;
}

/** A venue mention as an event's location. */
export function locationOf(doc: EventDoc, m: Mention): EventLocation | null {
  if (!m.country) return null;
  return { placeId: m.kind === 'country' ? null : m.id, name: doc.placeName(m), country: m.country };
}

/**
 * The city of a gathering always held there, named as the talks' setting in their sentences or
 * in the lead that frames them ("on the sidelines of the UN General Assembly": New York).
 */
export function fixedVenueOf(doc: EventDoc, d: Draft): EventLocation | null {
  const sentences = d.parts.flatMap((p) => p.sentences);
  const first = sentences[0];
  const lead = leadSentence(doc);
  if (lead && first && lead.end <= first.start) sentences.push(lead);
  for (const s of sentences) {
    const text = doc.text.slice(s.start, s.end);
    const setting = doc.rules.setting.exec(text)?.[0];
    // "En la sede de las Naciones Unidas, X dialogó con Y": the venue itself, after a preposition.
    const heldAt = (regex: RegExp): boolean => {
      const at = text.search(regex);
      return at >= 0 && doc.cues.locationPreposition.test(text.slice(Math.max(0, at - PREPOSITION_REACH), at));
    };
    const venue = doc.rules.fixedVenues.find((v) => (setting !== undefined && v.regex.test(setting)) || heldAt(v.regex));
    if (venue) return doc.cityLocation(venue.city);
  }
  return null;
}

/**
 * A venue named elsewhere in the encounter's paragraphs ("à Tunis", "in Vilnius"): in one of its
 * states, or in any state when the sentence names the gathering the talks were held on the
 * sidelines of ("en marge de la réunion de l'ASEAN qui se tient à Singapour").
 */
export function venueElsewhere(doc: EventDoc, d: Draft): EventLocation | null {
  const paragraphs = new Set(d.parts.flatMap((p) => p.sentences.map((x) => x.paragraph)));
  const start = d.parts[0]?.sentences[0]?.start ?? 0;
  const lead = leadSentence(doc);
  for (const found of doc.mentions) {
    const m = found.kind === 'country' ? (doc.capitalNamedAs?.(found) ?? found) : found;
    if ((m.kind !== 'city' && m.kind !== 'country') || !m.country || (doc.dateline && m.start < doc.dateline.end)) continue;
    const at = doc.sentences.find((x) => m.start >= x.start && m.end <= x.end);
    if (!at || !afterPreposition(doc, m, 0)) continue;
    // The lead that announces a series of talks in a city ("a entamé une série de rencontres
    // bilatérales dans la ville d'Antalya") frames them as a summit's sidelines do.
    const before = doc.text.slice(at.start, m.start);
    if (doc.rules.afterGathering.test(before)) continue;
    const framed = doc.rules.setting.test(before) || doc.cues.gatheringHeld.test(before) || (at === lead && doc.cues.separately.test(doc.text.slice(at.start, at.end)));
    // A state is a venue only as the host of a gathering ("el foro APEC que se desarrolla en Tailandia").
    if (m.kind === 'country') {
      if (framed && !doc.rules.setting.test(before.slice(-PREPOSITION_REACH)) && (paragraphs.has(at.paragraph) || at.end <= start)) return stateLocation(doc, m.country);
      continue;
    }
    // A summit that frames the article ("en marge du sommet de l'UA à Addis-Abeba" in its lead,
    // "the ministerial meeting being held in Nairobi") holds its encounters too.
    if (paragraphs.has(at.paragraph) ? d.states.has(m.country) || framed : (framed || namesBothSides(doc, at, d)) && at.end <= start) return locationOf(doc, m);
  }
  return null;
}

/**
 * "Estonian, Slovenian foreign ministers meet in Tallinn", a caption "X and Y in Tallinn on
 * Monday": a headline or caption before the report that names both its states says where it was.
 */
function namesBothSides(doc: EventDoc, s: { start: number; end: number }, d: Draft): boolean {
  const named = new Set(doc.mentions.filter((m) => m.start >= s.start && m.end <= s.end && m.kind !== 'city' && m.country && d.states.has(m.country)).map((m) => m.country));
  return d.states.size === 2 && named.size === 2;
}

/**
 * Where an encounter whose sentences name no place is held, from who receives whom: a visit
 * between two states (a sentence's visit noun, even when a signing names it first) is in the one
 * the traveller (named last before the trigger, or after "la visite de") goes to; "X a
 * reçu Y", "X hosted Y" is in X's state; "Y fue recibido por X" in X's, and in no state when X
 * serves an organisation. Null when no sentence says.
 */
export function receivingState(doc: EventDoc, d: Draft): CountryCode | null {
  for (const p of d.parts) {
    const s = p.sentences[0];
    if (!s) continue;
    const named = doc.personMentions.filter((m) => m.start >= s.start && m.end <= s.end && d.participants.has(m.personId) && stateOf(doc, m.personId));
    const state = (m: { personId: string } | undefined): CountryCode | null => (m ? stateOf(doc, m.personId) : null);
    if (p.trigger.type === 'visit' || p.visitAt !== undefined) {
      // "Mitsotakis said the visit was symbolic": a visit referred back to names no traveller.
      if (p.trigger.refersBack) continue;
      const traveller = travellerState(doc, p);
      const visited = [...d.states].filter((x) => x !== traveller);
      if (traveller && d.states.size === 2 && visited.length === 1) return visited[0] as CountryCode;
      continue;
    }
    const text = doc.text.slice(s.start, s.end);
    const passive = doc.cues.receivedBy.exec(text);
    const active = passive ? null : doc.cues.receivesGuest.exec(text);
    if (passive) {
      const host = state(doc.personMentions.find((m) => m.start >= s.start + passive.index + passive[0].length && m.end <= s.end && d.participants.has(m.personId)));
      if (host && d.states.has(host)) return host;
      continue;
    }
    const host = active ? state(named.filter((m) => m.end <= s.start + active.index).pop()) : null;
    if (host && d.states.has(host)) return host;
  }
  return null;
}

/**
 * Where a meeting with a posted diplomat is held: the post written after the title ("the
 * Spanish ambassador in Caracas", "l'ambassadeur du Japon au Pérou") when it is one of the
 * encounter's states: an ambassador is received where they serve. Null when no sentence says,
 * or when diplomats of both sides are named at their posts (the talks could be in either).
 */
export function postOfDiplomat(doc: EventDoc, d: Draft): EventLocation | null {
  const posts: Mention[] = [];
  for (const s of d.parts.flatMap((p) => p.sentences)) {
    for (const m of doc.mentions) {
      if (m.start < s.start || m.end > s.end || !m.country || !d.states.has(m.country) || (m.kind !== 'city' && m.kind !== 'country')) continue;
      if (doc.cues.posting.test(doc.text.slice(Math.max(s.start, m.start - 60), m.start))) posts.push(m);
    }
  }
  const post = posts[0];
  if (!post?.country || posts.some((m) => m.country !== post.country)) return null;
  return post.kind === 'city' ? locationOf(doc, post) : stateLocation(doc, post.country);
}

/** A location known only by its state. */
export function stateLocation(doc: EventDoc, code: CountryCode): EventLocation {
  return { placeId: null, name: doc.countryName(code), country: code };
}

/**
 * The visit trigger at `at` is a visit noun after a possessive ("during his visit", "lors de sa
 * visite"), read from `from`, the end of the last name before it, with no relative clause between.
 */
function possessiveVisit(doc: EventDoc, from: number, at: number): boolean {
  const m = doc.cues.visitOfSubject.exec(doc.text.slice(from, at + POSSESSIVE_REACH));
  return m !== null && from + m[0].length > at;
}

/**
 * The state of the traveller: the one the visit noun names ("la visita de Castro es un reflejo
 * …"), else the participant named last before the visit trigger.
 */
export function travellerState(doc: EventDoc, c: Candidate): CountryCode | null {
  const s = c.sentences[0];
  const at = c.visitAt ?? c.at;
  const mine = doc.personMentions.filter((m) => s && m.start >= s.start && m.end <= s.end && c.participants.has(m.personId));
  // "la visite de travail de Mme Y": the one the visit noun names makes it, whoever speaks of it.
  const after = mine.find((m) => m.start >= at);
  const named = after && doc.cues.visitBy.test(doc.text.slice(at, after.start)) ? stateOf(doc, after.personId) : null;
  if (named) return named;
  const before = mine.filter((m) => m.start < at && stateOf(doc, m.personId));
  // "X received the visiting Y": the guest named after the trigger travels.
  const host = before[before.length - 1];
  const guest = after && host && doc.cues.receivesGuest.test(doc.text.slice(host.end, at)) ? stateOf(doc, after.personId) : null;
  if (guest) return guest;
  // "During her three-day visit, President X toured …": the subject after the opening clause.
  const from = s?.start ?? 0;
  const clause = after && !before.length ? doc.cues.visitOfSubject.exec(doc.text.slice(from, after.start)) : null;
  if (clause && after && clause[0].length <= OPENING_CLAUSE && after.start - from - clause[0].length <= OPENING_CLAUSE) return stateOf(doc, after.personId);
  // "X met Y during his visit": the possessive stands for the subject; "X received Y during
  // his visit", for the guest, named last.
  const subject = before[0];
  const last = before[before.length - 1];
  if (subject && last && before.length >= 2 && possessiveVisit(doc, last.end, at) && !doc.cues.receivesGuest.test(doc.text.slice(subject.end, at))) return stateOf(doc, subject.personId);
  for (let i = before.length - 1; i >= 0; i--) {
    const state = stateOf(doc, (before[i] as { personId: string }).personId);
    if (state) return state;
  }
  return null;
}
