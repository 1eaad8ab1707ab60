import type { ExtractedEvent } from '../../../src/domain/extraction.js';
import { matchedEntry, type Rules } from '../../rules/loadRules.js';
import { buildEvents } from './buildEvents.js';
import { createEventDoc, type EventContext, type EventDoc } from './eventDoc.js';
import { findCandidates } from './findCandidates.js';
import { groupEncounters } from './groupEncounters.js';
import { splitTours } from './splitTours.js';

/** Hits of a non-diplomatic domain (sports, disasters) that make the whole article off-domain. */
const OFF_DOMAIN_HITS = 3;

/**
 * Sports and disaster news name countries and even "meetings" of teams; they carry no
 * diplomatic event unless a sentence itself names two states' officials. Economic figures do
 * not count: trade news often reports real encounters.
 */
function offDomain(doc: EventDoc): boolean {
  const hits = new Map<string, number>();
  const domains = doc.rules.nonDiplomaticAll;
  domains.regex.lastIndex = 0;
  for (let m = domains.regex.exec(doc.text); m; m = domains.regex.exec(doc.text)) {
    const id = matchedEntry(m, domains).id;
    hits.set(id, (hits.get(id) ?? 0) + 1);
    if (m[0].length === 0) domains.regex.lastIndex++;
  }
  return [...hits.entries()].some(([id, n]) => id !== 'economy' && n >= OFF_DOMAIN_HITS);
}

/**
 * Finds the article's diplomatic events, in four passes: trigger sentences with the persons
 * taking part (findCandidates), grouped into encounters with their states (groupEncounters), a
 * tour split into its legs (splitTours), each encounter giving one event per action with its
 * date, place, sides and codes (buildEvents).
 */
export function findEvents(ctx: EventContext, rules: Rules): ExtractedEvent[] {
  const doc = createEventDoc(ctx, rules);
  if (!doc) return [];
  const candidates = findCandidates(doc);
  // No trigger sentence, no event, whatever the article's domain: its scan is spared.
  if (candidates.length === 0) return [];
  const sportsOrDisaster = offDomain(doc);
  const drafts = splitTours(doc, groupEncounters(doc, candidates, sportsOrDisaster));
  // A prince meeting a team's captain is no encounter of officials.
  const officials = (d: (typeof drafts)[number]): number => [...d.participants].filter((id) => doc.byId.get(id)?.office).length;
  if (sportsOrDisaster && drafts.every((d) => officials(d) < 2)) return [];
  return buildEvents(doc, drafts);
}
