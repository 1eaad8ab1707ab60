import type { CountryCode } from '../../../src/domain/article.js';
import { sentenceAt, type FoundPerson, type PersonDoc, type PersonMention } from './personDoc.js';

/**
 * "… avec les ambassadeurs de France et des États-Unis, respectivement MM. A et B": in a sentence
 * with "respectively", the states it names pair in order with as many names, its last ones (the
 * subject named first keeps its own). Fills only the states the text gave no one.
 */
export function placeRespectively(doc: PersonDoc, persons: readonly FoundPerson[], mentions: readonly PersonMention[], language: string | null): void {
  const cue = doc.rules.respectively[language ?? '*'];
  if (!cue) return;
  const byId = new Map(persons.map((p) => [p.id, p as { country: CountryCode | null } & FoundPerson]));
  cue.lastIndex = 0;
  for (let m = cue.exec(doc.text); m; m = cue.exec(doc.text)) {
    const sentence = sentenceAt(doc, m.index);
    if (!sentence) continue;
    const states: CountryCode[] = [];
    for (const g of doc.places) {
      if (g.start < sentence.start || g.end > sentence.end || !g.country || (g.kind !== 'country' && g.kind !== 'demonym')) continue;
      if (!states.includes(g.country)) states.push(g.country);
    }
    const named: string[] = [];
    for (const x of mentions) if (x.start >= sentence.start && x.end <= sentence.end && !named.includes(x.personId)) named.push(x.personId);
    if (states.length < 2 || named.length < states.length) continue;
    named.slice(-states.length).forEach((id, i) => {
      const person = byId.get(id);
      if (person && !person.country && !person.organization) person.country = states[i] as CountryCode;
    });
  }
}
