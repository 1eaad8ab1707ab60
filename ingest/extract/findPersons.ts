import type { Rules } from '../rules/loadRules.js';
import type { Mention } from './findMentions.js';
import { anchorName, type TagPeople } from './persons/anchorName.js';
import { describeMention } from './persons/describeMention.js';
import { extendTitle } from './persons/extendTitle.js';
import { findNameCandidates } from './persons/findNameCandidates.js';
import { findOfficeHits } from './persons/findOfficeHits.js';
import { placeCompanions } from './persons/placeCompanions.js';
import { placeCounterpartOffices } from './persons/counterpartOffices.js';
import { placeRespectively } from './persons/placeRespectively.js';
import { groupPersons } from './persons/groupPersons.js';
import { describeKnownActors, NO_ACTORS, type ActorLookup } from './persons/knownActors.js';
import { createPersonDoc, type FoundPerson, type OfficeHit, type PersonMention, type Span } from './persons/personDoc.js';
import { placeOrphanOffices, resolveTitleReferences } from './persons/resolveTitles.js';
import type { Sentence } from './splitSentences.js';
import { packedMap } from './packedMap.js';

/**
 * Finds persons, in passes: name candidates (capitalised runs cut at gazetteer mentions), each
 * anchored by an honorific, an office ("le ministre … de X, Y", "Y, Foreign Minister of X"), a
 * counterpart ("his Indian counterpart Y"), a list's state, a given name, a demonym, a byline,
 * the actor dictionary or the NLP tagger, and described (office, role, state, organisation); then
 * grouped under the most complete name with their short second mentions, and titles without a
 * name resolved to the holder they refer back to. What the text leaves unsaid comes from the
 * actor dictionary at the article's date (before titles without a name are placed), then from
 * the person a companion travels with.
 * `tagPeople` names the people a tagger finds in a span: it is called only around unanchored
 * multi-word candidates.
 */
export function findPersons(
  text: string,
  sentences: readonly Sentence[],
  language: string | null,
  mentions: readonly Mention[],
  rules: Rules,
  tagPeople: TagPeople = () => () => [],
  actors: ActorLookup = NO_ACTORS,
): { persons: FoundPerson[]; mentions: PersonMention[]; offices: OfficeHit[]; titles: Span[]; placesInNames: Mention[] } {
  const personDoc = createPersonDoc(text, sentences, findOfficeHits(text, language, rules), mentions, rules, actors);
  const candidates = findNameCandidates(personDoc);
  // A place a name runs over ("Carlos Alberto Lima") is a word of the name, not a place.
  const placesInNames = personDoc.places.filter((g) => (g.kind === 'city' || g.kind === 'country') && candidates.some((c) => c.start <= g.start && g.end <= c.end));
  const doc = placesInNames.length ? { ...personDoc, places: personDoc.places.filter((g) => !placesInNames.includes(g)) } : personDoc;
  const anchored: PersonMention[] = [];
  const used = new Set<OfficeHit>();
  for (const c of candidates) {
    const a = anchorName(doc, c, candidates, tagPeople);
    if (!a) continue;
    anchored.push(describeMention(doc, c, a));
    if (a.office) used.add(a.office);
  }
  const { persons, mentions: found } = groupPersons(doc, candidates, anchored);
  // The dictionary before the titles without a name: "le président turc" goes to the president
  // the dictionary does not already place (Macron is France's, so the title is Erdoğan's).
  describeKnownActors(persons, actors, rules);
  placeOrphanOffices(doc, persons, used);
  const all = [...found, ...resolveTitleReferences(doc, persons, used)].sort((a, b) => a.start - b.start);
  placeRespectively(doc, persons, all, language);
  placeCompanions(doc, persons, all, language);
  placeCounterpartOffices(doc, persons, all);
  // Whole titles with their portfolios ("ministre de l'Intégration africaine et des Affaires
  // étrangères"): their words name a post, not a subject discussed.
  const titles: Span[] = packedMap(doc.offices, (o) => ({ start: o.start, end: extendTitle(text, o.end, o.end + 220, rules, doc.places) }));
  return { persons, mentions: all, offices: [...doc.offices], titles, placesInNames };
}
