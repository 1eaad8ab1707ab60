import type { CountryCode } from '../../../src/domain/article.js';
import { newDraft, stateOf, type Candidate, type Draft, type EventDoc } from './eventDoc.js';
import { travellerState } from './findVenue.js';

/** Characters after a visit trigger where a tour's destinations are listed ("une tournée au Mali, au Niger et au Tchad"). */
const TOUR_REACH = 120;

/** States written as places (a country or one of its cities) after a visit trigger, in order. */
function destinationsAfter(doc: EventDoc, c: Candidate): CountryCode[] {
  const s = c.sentences[0];
  if (!s) return [];
  const out: CountryCode[] = [];
  const at = c.visitAt ?? c.at;
  for (const m of doc.mentions) {
    if (m.start < at || m.start - at > TOUR_REACH || m.end > s.end || !m.country) continue;
    if ((m.kind === 'country' || m.kind === 'city') && !out.includes(m.country) && !namesOfficial(doc, m.end, m.country)) out.push(m.country);
  }
  return out;
}

/** A state ending an official's title, right before the official's name ("los cancilleres de Filipinas, X"), is no place visited. */
function namesOfficial(doc: EventDoc, end: number, state: CountryCode): boolean {
  return doc.personMentions.some((p) => p.start >= end && /^[\s,]*$/u.test(doc.text.slice(end, p.start)) && stateOf(doc, p.personId) === state);
}

/**
 * A tour is one visit per state visited, as event coders record it: "Penny Wong will visit
 * Papua New Guinea and Timor-Leste", "un viaje que le llevará a Mauritania, Gambia y Senegal"
 * give two and three visits, each with the traveller's side and the officials of that state.
 * A visit draft splits when its visit sentence lists two places or more after the trigger and
 * every other state of the draft is among them; a state met there only by its officials (a
 * summit) keeps the draft whole.
 */
export function splitTours(doc: EventDoc, drafts: readonly Draft[]): Draft[] {
  return drafts.flatMap((d) => {
    const visits = d.parts.filter((p) => p.triggers.some((t) => t.type === 'visit'));
    const visit = visits.find((p) => travellerState(doc, p));
    const traveller = visit ? travellerState(doc, visit) : null;
    const destinations = visit ? destinationsAfter(doc, visit).filter((x) => x !== traveller) : [];
    if (!traveller || destinations.length < 2 || ![...d.states].every((x) => x === traveller || destinations.includes(x))) return [d];
    return destinations.map((destination) => {
      const participants = new Set([...d.participants].filter((id) => {
        const state = stateOf(doc, id);
        return !state || state === traveller || state === destination;
      }));
      return newDraft({ parts: d.parts, states: new Set([traveller, destination]), orgs: new Set(d.orgs), participants, destination });
    });
  });
}
