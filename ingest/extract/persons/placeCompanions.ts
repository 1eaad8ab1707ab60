import type { CountryCode } from '../../../src/domain/article.js';
import { sentenceAt, type FoundPerson, type PersonDoc, type PersonMention } from './personDoc.js';

// How far a list of companions runs: past this many characters between two names, or past a
// trigger ("… accompanied by A, met B"), the next name is no longer one of them.
const MAX_GAP = 150;

/**
 * "X, accompanied by A and B", "X, à la tête d'une délégation comprenant A", "la délégation
 * syrienne comprend A": the people listed after the cue travel with X, or come from the state the
 * cue names, and serve that state when the text gives them none. Runs after
 * every other source of state, so it only fills gaps.
 */
export function placeCompanions(doc: PersonDoc, persons: readonly FoundPerson[], mentions: readonly PersonMention[], language: string | null): void {
  const cue = doc.rules.companions[language ?? '*'];
  const triggers = doc.rules.triggerMatchers[language ?? '*']?.regex;
  if (!cue || !triggers) return;
  const byId = new Map(persons.map((p) => [p.id, p as { country: CountryCode | null } & FoundPerson]));
  cue.lastIndex = 0;
  for (let m = cue.exec(doc.text); m; m = cue.exec(doc.text)) {
    const sentence = sentenceAt(doc, m.index);
    if (!sentence) continue;
    // The one who leads is named right before the cue ("X, accompanied by"); a cue further on
    // ("held talks with Y, accompanied by A") may belong to a subject the sentence does not name.
    const before = mentions.filter((x) => x.start >= sentence.start && x.end <= m!.index);
    const leader = before[before.length - 1];
    // "La délégation cambodgienne comprend …": a nationality in the cue itself says whose they are.
    const named = doc.places.find((g) => g.kind === 'demonym' && g.country && g.start >= m!.index && g.end <= m!.index + m![0].length)?.country;
    // "X arrived in Nouakchott accompanied by A": the sentence's one person before the cue leads,
    // whatever comes between, when named before its trigger ("He held talks with Y, accompanied by A": Y does not lead).
    triggers.lastIndex = 0;
    const subject = leader && before.every((x) => x.personId === leader.personId) && !triggers.test(doc.text.slice(sentence.start, leader.start));
    const leads = leader && (/^\s*,?\s*$/u.test(doc.text.slice(leader.end, m.index)) || subject);
    const state = named ?? (leads ? byId.get(leader.personId)?.country : null);
    if (!state) continue;
    let from = m.index + m[0].length;
    for (const x of mentions) {
      if (x.start < from || x.personId === leader?.personId) continue;
      const gap = doc.text.slice(from, x.start);
      triggers.lastIndex = 0;
      if (x.end > sentence.end || gap.length > MAX_GAP || triggers.test(gap)) break;
      const person = byId.get(x.personId);
      if (person && !person.country && !person.organization) person.country = state;
      from = x.end;
    }
  }
}
