import { sentenceAt, type FoundPerson, type PersonDoc, type PersonMention } from './personDoc.js';
import { packedMap } from '../packedMap.js';

/** Characters between a counterpart word and the name it announces ("homólogo peruano, "). */
const ANCHOR_TO_NAME = 40;

/**
 * "Chilean Foreign Minister X met his Peruvian counterpart Y", "el canciller X se reunió con su
 * homólogo peruano Y": a counterpart the text gives no office holds the office of the one whose
 * counterpart it is, the officer named before the counterpart word in the same sentence. Runs
 * after every other source of office, so it only fills gaps; international posts have no
 * counterparts of that kind.
 */
export function placeCounterpartOffices(doc: PersonDoc, persons: readonly FoundPerson[], mentions: readonly PersonMention[]): void {
  if (!doc.counterpartAnchors.length) return;
  const byId = new Map(persons.map((p) => [p.id, p as { -readonly [K in keyof FoundPerson]: FoundPerson[K] }]));
  for (const anchor of doc.counterpartAnchors) {
    const sentence = sentenceAt(doc, anchor.start);
    if (!sentence) continue;
    const named = mentions.find((m) => m.start >= anchor.end && m.start - anchor.end <= ANCHOR_TO_NAME && m.end <= sentence.end);
    const counterpart = named ? byId.get(named.personId) : undefined;
    if (!named || !counterpart || counterpart.office || counterpart.organization || !/^[\s,]*(?:[\p{Ll}-]+[\s,]+){0,2}$/u.test(doc.text.slice(anchor.end, named.start))) continue;
    const officer = packedMap(mentions.filter((m) => m.start >= sentence.start && m.end <= anchor.start && m.personId !== named.personId), (m) => byId.get(m.personId)).filter((p) => p?.office && !p.office.international).pop();
    if (!officer) continue;
    counterpart.office = officer.office;
    counterpart.role = officer.role;
  }
}
