import type { CountryCode } from '../../../src/domain/article.js';
import type { EventLocation, Evidence, ExtractedEvent, Participant, Side } from '../../../src/domain/extraction.js';
import type { FoundPerson } from '../persons/personDoc.js';
import type { FoundDate } from '../resolveDate.js';
import type { Sentence } from '../splitSentences.js';
import { arrivalDate } from './arrivalDate.js';
import { dateOfEncounter } from './dateOfEncounter.js';
import { stateOf, type Candidate, type Draft, type EventDoc } from './eventDoc.js';
import { fixedVenueOf, locationOf, postOfDiplomat, receivingState, stateLocation, travellerState, venueElsewhere, venueMention } from './findVenue.js';
import { splitActions, type Action } from './splitActions.js';
import { packedFilter, packedMap } from '../packedMap.js';

const MAX_EVIDENCE = 3;

/** What one encounter's actions share: parties, sides, date, place, setting and topics. */
interface Encounter {
  readonly planned: boolean;
  readonly date: FoundDate | null;
  readonly location: EventLocation | null;
  readonly hostCountry: CountryCode | null;
  readonly setting: string | null;
  readonly participants: Participant[];
  readonly countries: CountryCode[];
  readonly countrySides: Record<CountryCode, Side>;
  readonly topics: ExtractedEvent['topics'];
}

/**
 * Place: a venue in the encounter's sentences, else the city of a gathering always held in one
 * (the UN General Assembly), else the dateline's when the sentences say "here", else the state
 * that receives it, else the post of a diplomat taking part, else the previous encounter's, else
 * a venue in its paragraphs, else the dateline's.
 */
function placeOfEncounter(doc: EventDoc, d: Draft, previous: EventLocation | null | undefined): EventLocation | null {
  if (d.destination) return stateLocation(doc, d.destination);
  for (const p of d.parts) {
    const m = venueMention(doc, p);
    if (m?.country) return locationOf(doc, m);
  }
  const fixed = fixedVenueOf(doc, d);
  if (fixed) return fixed;
  // "KUALA LUMPUR: X paid a courtesy call to Y here": the dateline's city, whoever receives whom.
  const here = doc.dateline?.location && d.parts.some((p) => p.sentences.some((s) => doc.cues.hereAtDateline.test(doc.text.slice(s.start, s.end))));
  if (here) return doc.dateline?.location ?? null;
  const host = receivingState(doc, d);
  if (host) return previous?.country === host ? previous : stateLocation(doc, host);
  return postOfDiplomat(doc, d) ?? previous ?? venueElsewhere(doc, d) ?? doc.dateline?.location ?? null;
}

/** Officials of at least two of the encounter's states are named among its participants. */
function bothSidesNamed(doc: EventDoc, d: Draft, except: ReadonlySet<string> = new Set()): boolean {
  return new Set(packedMap([...d.participants].filter((id) => !except.has(id)), (id) => stateOf(doc, id)).filter(Boolean)).size >= 2;
}

/** The participants an encounter names only where the guest is received on arrival: they take part in the visit, and hold no talks by that alone. */
function greeters(doc: EventDoc, d: Draft): Set<string> {
  const sentences = [...new Set(d.parts.flatMap((p) => p.sentences))];
  const welcomes = sentences.filter((s) => doc.cues.welcomeOnArrival.test(doc.text.slice(s.start, s.end)));
  const out = new Set<string>();
  if (!welcomes.length) return out;
  for (const id of d.participants) {
    const named = doc.personMentions.filter((m) => m.personId === id && sentences.some((s) => m.start >= s.start && m.end <= s.end));
    if (named.length && named.every((m) => welcomes.some((s) => m.start >= s.start && m.end <= s.end))) out.add(id);
  }
  return out;
}

/** The side a state takes in an encounter held in `hostCountry` (null when none hosts it). */
function sideAt(hostCountry: CountryCode | null, c: CountryCode | null): Side {
  return !hostCountry || !c ? 'party' : c === hostCountry ? 'host' : 'guest';
}

/** The shared facts of encounter `i` of `drafts`, given the one before it. */
function describeEncounter(doc: EventDoc, drafts: readonly Draft[], i: number, actions: readonly Action<Candidate>[], previous: Encounter | null): Encounter {
  const d = drafts[i] as Draft;
  const planned = d.parts.every((p) => p.planned);
  const date = dateOfEncounter(doc, d, planned, previous?.date, i === 0);
  // Phone calls have no place.
  const location = actions.every((a) => a.type === 'phone_call') ? null : placeOfEncounter(doc, d, previous?.location);
  const setting = doc.rules.setting.exec(packedMap(d.parts, (p) => packedMap(p.sentences, (s) => doc.text.slice(s.start, s.end)).join(' ')).join(' '))?.[0]?.trim() ?? null;
  const hostCountry = location?.country && d.states.has(location.country) ? location.country : null;
  // A name the text gives no state, organisation or office is no one's representative: a
  // photographer, a person the talks were about, a mis-read name.
  // Pushed into one literal, not flatMapped: an empty flatMap result is an array of small
  // integers, a full one of objects, and eventOf, optimised on the one, deoptimised on the other.
  const participants: Participant[] = [];
  for (const id of d.participants) {
    const p = doc.byId.get(id) as FoundPerson;
    const country = stateOf(doc, id);
    if (country || p.organization || p.role) participants.push({ personId: p.id, name: p.usualName, role: p.role, country, organization: p.organization, side: sideAt(hostCountry, country) });
  }
  const countries = [...d.states].sort();
  const countrySides: Record<CountryCode, Side> = {};
  for (const c of countries) countrySides[c] = sideAt(hostCountry, c);
  // Topics: the whole article's for its one encounter, else the text up to the next encounter;
  // talks between states that the article gives no subject are about their relations.
  const segStart = d.parts[0]?.sentences[0]?.start ?? 0;
  const segEnd = drafts[i + 1]?.parts[0]?.sentences[0]?.start ?? doc.text.length;
  const own = drafts.length === 1 ? doc.topicsIn(0, doc.text.length) : doc.topicsIn(segStart, segEnd);
  const found = own.length ? own : doc.topicsIn(0, doc.text.length);
  const topics = found.length || countries.length < 2 || !doc.topicOfTalks ? found : [doc.topicOfTalks];
  return { planned, date, location, hostCountry, setting, participants, countries, countrySides, topics };
}

/**
 * The visit an encounter without one of its own took place during: the article's visit between
 * the same states (or more), with the same status. -1 when there is none.
 */
function visitOf(events: readonly ExtractedEvent[], d: Draft, planned: boolean): number {
  return events.findIndex((e) => e.type === 'visit' && (e.status === 'planned') === planned && [...d.states].every((s) => e.countries.includes(s)));
}

/** The article's visit between the same states, with the same status and no other date, or -1. */
function sameVisit(events: readonly ExtractedEvent[], e: Encounter): number {
  return events.findIndex((v) => v.type === 'visit' && (v.status === 'planned') === e.planned && v.countries.join() === e.countries.join() && (!v.date || !e.date || v.date === e.date.date));
}

/**
 * A visit is the traveller's trip to the host: when talks during it bring in a third state
 * ("travelled to Ghana to meet her Ghanaian and Togolese counterparts"), the visit's
 * parties are the traveller's state and the visited one; the talks keep all three.
 */
function tripOnly(doc: EventDoc, e: Encounter, action: Action<Candidate>): Encounter {
  const host = e.location?.country;
  const traveller = travellerState(doc, action.main);
  if (action.type !== 'visit' || e.countries.length <= 2 || !host || !traveller || host === traveller || !e.countries.includes(host) || !e.countries.includes(traveller)) return e;
  const countries = [traveller, host].sort();
  const countrySides: Record<CountryCode, Side> = {};
  for (const c of countries) countrySides[c] = e.countrySides[c] ?? 'party';
  return { ...e, countries, countrySides, participants: packedFilter(e.participants, (p) => !p.country || countries.includes(p.country)) };
}

/** The event of one action of an encounter; `visitIndex` is where the visit it belongs to is in the list (-1: none). */
function eventOf(doc: EventDoc, encounter: Encounter, action: Action<Candidate>, visitIndex: number): ExtractedEvent {
  const e = tripOnly(doc, encounter, action);
  const { type, trigger } = action;
  const codes = doc.rules.types[type];
  const evidence: Evidence[] = [];
  for (const p of action.parts) {
    const s = p.sentences[0] as Sentence;
    if (evidence.length < MAX_EVIDENCE && !evidence.some((x) => x.start === s.start)) evidence.push({ start: s.start, end: s.end, quote: doc.text.slice(s.start, s.end) });
  }
  const where = type === 'phone_call' ? null : e.location;
  const named = e.participants.filter((p) => p.country || p.organization).length;
  // "X arrived on Monday … X is to meet the president-elect tonight": an action every sentence
  // of which announces it is planned, whatever the rest of the encounter.
  const planned = e.planned || action.parts.every((p) => p.planned);
  const date = (type === 'visit' ? arrivalDate(doc, action.parts, e.date) : null) ?? e.date;
  let confidence = 0.45 + (trigger.strength === 'strong' ? 0.2 : 0) + Math.min(named, 2) * 0.1 + (date ? 0.05 : 0) + (where ? 0.05 : 0);
  if (planned) confidence -= 0.1;
  return {
    type,
    status: planned ? 'planned' : 'occurred',
    date: date?.date ?? null,
    datePrecision: date?.precision ?? null,
    location: where,
    setting: e.setting,
    participants: e.participants,
    countries: e.countries,
    countrySides: e.countrySides,
    topics: e.topics,
    plover: codes.plover,
    ploverMode: codes.mode,
    cameo: type === 'visit' && !e.hostCountry ? '042' : codes.cameo,
    confidence: Math.round(Math.min(0.95, confidence) * 100) / 100,
    evidence,
    rule: trigger.id,
    during: action.type !== 'visit' && visitIndex >= 0 ? visitIndex : null,
  };
}

/**
 * One event per action of each encounter (the visit, the talks during it, each signing), with
 * its countries, sides, place, date, setting, topics, status, codes, confidence and evidence.
 */
export function buildEvents(doc: EventDoc, drafts: readonly Draft[]): ExtractedEvent[] {
  const events: ExtractedEvent[] = [];
  let previous: Encounter | null = null;
  drafts.forEach((d, i) => {
    const planned = d.parts.every((p) => p.planned);
    // An announced visit's programme is coded like a visit that took place, action by action
    // (the audience with the president, the signing), each planned and DURING the visit: what
    // independent annotators of real announcements record.
    // Only a visit holds talks by its host receiving the guest: the other encounters spare the reading.
    const trip = d.parts.some((p) => p.triggers.some((t) => t.type === 'visit'));
    const actions = splitActions(d.parts, !d.tripOnly && trip && bothSidesNamed(doc, d, greeters(doc, d)), (p) => p.welcome === true);
    const encounter = describeEncounter(doc, drafts, i, actions, i > 0 ? previous : null);
    previous = encounter;
    if (recalledLongAgo(doc, encounter.date)) return;
    // "She met the President … She also met the Speaker": talks with another official on the same
    // trip hold no second visit; they took place during the one already reported.
    const sameTrip = sameVisit(events, encounter);
    // A trip with no traveller named ("la visite à Vienne") is a place mentioned, not a visit.
    const kept = sameTrip >= 0 || encounter.participants.length === 0 ? packedFilter(actions, (a) => a.type !== 'visit') : actions;
    const visitIndex = sameTrip >= 0 ? sameTrip : kept.some((a) => a.type === 'visit') ? events.length : visitOf(events, d, planned);
    for (const action of kept) events.push(eventOf(doc, encounter, action, visitIndex));
  });
  return visitsFirst(events);
}

/** Days before its publication past which a dated encounter is history the report recalls, not news. */
const NEWS_DAYS = 365;

/** "the declaration signed on 23 March 2015" in a 2023 statement: an encounter of long ago. */
function recalledLongAgo(doc: EventDoc, date: FoundDate | null): boolean {
  if (!doc.published || !date || !/^\d{4}-\d\d-\d\d$/.test(date.date) || !/^\d{4}-\d\d-\d\d/.test(doc.published)) return false;
  return (Date.parse(doc.published.slice(0, 10)) - Date.parse(date.date)) / 86_400_000 > NEWS_DAYS;
}

/**
 * The article's visits before its other events, as the actions of one encounter are listed:
 * the trip frames what happens during it. Each `during` index follows its visit.
 */
function visitsFirst(events: readonly ExtractedEvent[]): ExtractedEvent[] {
  const isVisit = (i: number): number => ((events[i] as ExtractedEvent).type === 'visit' ? 0 : 1);
  const order = [...events.keys()].sort((a, b) => isVisit(a) - isVisit(b) || a - b);
  const moved = new Map(order.map((old, i) => [old, i]));
  return packedMap(order, (old) => {
    const e = events[old] as ExtractedEvent;
    return e.during === null || e.during === undefined ? e : { ...e, during: moved.get(e.during) ?? null };
  });
}
