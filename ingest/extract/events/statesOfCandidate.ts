import type { CountryCode } from '../../../src/domain/article.js';
import type { Mention } from '../findMentions.js';
import type { FoundPerson } from '../persons/personDoc.js';
import type { Sentence } from '../splitSentences.js';
import { mentionsIn, stateOf, type Candidate, type EventDoc } from './eventDoc.js';
import { venueMention, venueOf } from './findVenue.js';
import { stateByElimination } from './stateByElimination.js';
import { packedMap } from '../packedMap.js';

/** Most states an encounter takes from its sentence's text when its participants do not name them. */
const MAX_TEXT_PARTIES = 4;

/** The states and organisations of an encounter. */
export interface Parties {
  readonly states: Set<CountryCode>;
  readonly orgs: Set<string>;
}

const isState = (m: Mention): boolean => (m.kind === 'country' || m.kind === 'demonym') && Boolean(m.country);

/** States the text names (by name or demonym) in some sentences. */
function statesNamedIn(doc: EventDoc, spans: readonly Sentence[]): CountryCode[] {
  return packedMap(doc.mentions.filter((m) => isState(m) && spans.some((s) => m.start >= s.start && m.end <= s.end)), (m) => m.country as CountryCode);
}

const counted = new WeakMap<EventDoc, Map<CountryCode, number>>();

/**
 * How often the article names each state, by name, demonym or an official of its own ("Milei"
 * counts for Argentina); counted once per article.
 */
function articleStates(doc: EventDoc): Map<CountryCode, number> {
  let out = counted.get(doc);
  if (!out) {
    out = new Map();
    const add = (c: CountryCode): void => void out?.set(c, (out.get(c) ?? 0) + 1);
    for (const m of doc.mentions) if (isState(m)) add(m.country as CountryCode);
    for (const m of doc.personMentions) {
      const c = doc.byId.get(m.personId)?.country;
      if (c) add(c);
    }
    counted.set(doc, out);
  }
  return out;
}

/** States and organisations a set of participants stands for. */
function sidesOf(doc: EventDoc, ids: Iterable<string>): Parties {
  const states = new Set<CountryCode>();
  const orgs = new Set<string>();
  for (const id of ids) {
    const p = doc.byId.get(id);
    // An official an earlier encounter placed in the article's own state ("Muscat: the Foreign
    // Minister held …; he also called …") stays its official; other placements are the
    // encounter's guesswork and stay with it.
    const placed = doc.participantCountry.get(id);
    const state = p?.country ?? (placed === doc.homeState ? placed : null);
    if (state) states.add(state);
    if (p?.organization) orgs.add(p.organization);
    else if (p?.office?.international) orgs.add(p.office.id);
  }
  return { states, orgs };
}

/**
 * Officials named by a bare national title ("received by President X") in a story set in one
 * country are that country's: foreigners get a demonym or "of X" in the text. A state has one
 * head of state and one holder of each post: a second one at the venue is a guest.
 */
function placeByVenue(doc: EventDoc, c: Candidate, venue: CountryCode, states: Set<CountryCode>): void {
  const hosts = packedMap([...c.participants], (id) => doc.byId.get(id)).filter((p) => p?.country === venue && p.office);
  const taken = (o: NonNullable<FoundPerson['office']>): boolean => hosts.some((h) => h?.office?.id === o.id || (o.headOfState && h?.office?.headOfState));
  // The one who travels ("X arrived in Maputo", "X began a state visit to …") is the guest.
  const traveller = c.trigger.type === 'visit' ? subjectOf(doc, c) : null;
  // A subject carried over from an earlier sentence ("Il sera à l'Élysée pour rencontrer …") is
  // not named here by a bare title: the venue says nothing of whose official they are.
  const namedHere = (id: string): boolean => c.sentences.some((s) => mentionsIn(doc, s).some((m) => m.personId === id));
  for (const id of c.participants) {
    const p = doc.byId.get(id);
    if (p && id !== traveller && namedHere(id) && !p.country && !p.organization && p.office && !p.office.international && !taken(p.office) && !doc.participantCountry.has(id)) {
      states.add(venue);
      doc.participantCountry.set(id, venue);
      hosts.push(p);
    }
  }
}

/** The participant named before the candidate's trigger in its first sentence, if any. */
function subjectOf(doc: EventDoc, c: Candidate): string | null {
  const s = c.sentences[0];
  return doc.personMentions.find((m) => s && m.start >= s.start && m.start < c.at && c.participants.has(m.personId))?.personId ?? null;
}

/** The one participant whose state the text does not give, placed by elimination. */
function placeByElimination(doc: EventDoc, c: Candidate, venue: CountryCode | null, states: Set<CountryCode>): void {
  const unplaced = [...c.participants].filter((id) => {
    const p = doc.byId.get(id);
    return p && !p.country && !p.organization && !p.office?.international && !doc.participantCountry.has(id);
  });
  // A state that another person of the same sentences serves is theirs, not the unplaced one's
  // ("ses homologues japonais X et iranien Y" split into one talk per counterpart).
  const othersStates = new Set(packedMap(c.sentences.flatMap((s) => mentionsIn(doc, s)), (m) => stateOf(doc, m.personId)).filter((x): x is CountryCode => Boolean(x)));
  const named = statesNamedIn(doc, c.sentences).filter((x) => states.has(x) || !othersStates.has(x));
  const eliminated = stateByElimination(unplaced.length, states, venue, named, articleStates(doc), doc.homeState);
  if (eliminated && unplaced[0]) {
    states.add(eliminated);
    doc.participantCountry.set(unplaced[0], eliminated);
    return;
  }
  // Several titled officials with no state ("His Majesty the Sultan … the Minister of the Royal
  // Court") beside a named foreign guest, the only state known: in an article written from their
  // own state, they are its hosts.
  const home = doc.homeState;
  const titled = unplaced.filter((id) => doc.byId.get(id)?.office);
  if (home && states.size === 1 && !states.has(home) && titled.length > 1) {
    states.add(home);
    for (const id of titled) doc.participantCountry.set(id, home);
  }
}

/**
 * States the trigger sentence names besides the participants' (`known`), when those are fewer
 * than two and no organisation: not a state that is the subject of the talks ("the situation in
 * Syria"), and none from a long list ("leaders of Brazil, Russia, India, China and South
 * Africa"), which is a membership, not the parties of one encounter, unless it lists whose envoys
 * are received ("the Ambassadors of Mali, Niger, Chad, Benin and Togo").
 */
function statesOfSentence(doc: EventDoc, c: Candidate, known: ReadonlySet<CountryCode>): Set<CountryCode> {
  const named = new Set<CountryCode>();
  // The list that may be a membership follows the verb; a state named before it qualifies the
  // reporter ("the US State Department reported that …") or is the subject.
  const listed = new Set<CountryCode>();
  let envoys = false;
  for (const s of c.sentences.slice(0, 1)) {
    for (const m of doc.mentions) {
      if (m.start < s.start || m.end > (c.preparedAt ?? s.end) || !m.country || (m.kind !== 'country' && m.kind !== 'demonym')) continue;
      if (doc.rules.subjectState.test(doc.text.slice(Math.max(s.start, m.start - 30), m.start))) continue;
      if (m.start > c.at) {
        if (!listed.size) envoys = doc.rules.envoysOf.test(doc.text.slice(Math.max(s.start, m.start - 40), m.start));
        listed.add(m.country);
      }
      if (!known.has(m.country)) named.add(m.country);
    }
  }
  return listed.size <= MAX_TEXT_PARTIES || envoys ? named : new Set();
}

/** The one state the trigger sentence names right after "with", "avec", "con", after its trigger. */
function stateAfterWith(doc: EventDoc, c: Candidate): CountryCode | null {
  const s = c.sentences[0];
  if (!s) return null;
  const found = doc.mentions.filter((m) => m.start > c.at && m.end <= s.end && m.kind === 'country' && m.country && doc.rules.withState.test(doc.text.slice(Math.max(s.start, m.start - 8), m.start)));
  return found.length === 1 ? (found[0]?.country ?? null) : null;
}

/**
 * The organisation whose members the trigger sentence names as meeting together before the
 * trigger ("Foreign ministers of the Caribbean Community will meet in Kingston"), or null.
 */
function collectiveOrg(doc: EventDoc, c: Candidate): string | null {
  const s = c.sentences[0];
  if (!s) return null;
  const m = doc.mentions.find((x) => x.kind === 'organization' && x.start >= s.start && x.end <= c.at && doc.cues.collectiveSubject.test(doc.text.slice(Math.max(s.start, x.start - 60), x.start)));
  return m?.id ?? null;
}

/** Countries and organisations of a candidate: its participants', placed where the text allows, else its sentence's. */
export function statesOfCandidate(doc: EventDoc, c: Candidate): Parties {
  const { states, orgs } = sidesOf(doc, c.participants);
  const collective = orgs.size ? null : collectiveOrg(doc, c);
  if (collective) orgs.add(collective);
  // "X signed a memorandum with Finland", X of no stated state: the state after "with" is the
  // counterpart, and X is placed by elimination among the others.
  if (!states.size && !orgs.size && c.participants.size === 1 && !c.counterpartState) {
    const other = stateAfterWith(doc, c);
    if (other) states.add(other);
  }
  const venueState = venueOf(doc, c);
  const venue = venueState ?? doc.dateline?.location?.country ?? null;
  // "X held talks in Brussels with EU official Y": in the city an organisation stands for, its
  // official is the host, and a bare title says nothing of the guest's state.
  const seatOfOrg = orgs.size > 0 && venueMention(doc, c)?.standsFor !== undefined;
  if (venue && !seatOfOrg) placeByVenue(doc, c, venue, states);
  placeByElimination(doc, c, venue, states);
  // A visit is to a state: a guest named alone ("X est attendu à N'Djamena") meets its host.
  const visited = c.trigger.type === 'visit' ? venueState : null;
  if (visited && states.size === 1 && !orgs.size && !states.has(visited)) states.add(visited);
  // An official of an international organisation meets the state where the encounter is held,
  // unless that is the organisation's own seat.
  if (orgs.size && !states.size && venueState && !seatOfOrg) states.add(venueState);
  if (c.subjectState) states.add(c.subjectState);
  if (c.counterpartState) states.add(c.counterpartState);
  else if (states.size < 2 && !orgs.size) for (const x of statesOfSentence(doc, c, states)) states.add(x);
  return { states, orgs };
}
