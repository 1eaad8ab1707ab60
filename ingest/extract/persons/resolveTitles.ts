import type { CountryCode } from '../../../src/domain/article.js';
import { foldText } from '../../lexicons/foldText.js';
import { extendTitle } from './extendTitle.js';
import { officeLabel } from './officeLabel.js';
import { countryIn, type FoundPerson, type OfficeHit, type PersonDoc, type PersonMention } from './personDoc.js';

/**
 * A title without a name refers back to an office-holder: "la cheffe de la diplomatie
 * canadienne" gives Canada to the foreign minister named without a state. The same post by id
 * or by English label: "ministre de l'Intégration africaine et des Affaires étrangères" and
 * "cheffe de la diplomatie" are both a foreign minister.
 */
export function placeOrphanOffices(doc: PersonDoc, persons: readonly FoundPerson[], used: ReadonlySet<OfficeHit>): void {
  const { text, rules, places } = doc;
  const foreignAffairs = rules.portfolios.find((p) => p.id === 'foreign-affairs');
  const foreignMinister = (p: FoundPerson): boolean => Boolean(p.office?.foreignMinister || (p.office?.generic && foreignAffairs && p.role?.includes(foreignAffairs.label)));
  for (const o of doc.offices) {
    if (used.has(o) || o.office.international || rules.formerOffice.test(text.slice(Math.max(0, o.start - 40), o.start))) continue;
    const end = extendTitle(text, o.end, o.end + 80, rules, places);
    const before = countryIn(places, Math.max(0, o.start - 30), o.start, 'last');
    const c = countryIn(places, o.start, end, 'first') ?? (before && /^(?:['’]s?)?\s*$/u.test(text.slice(before.end, o.start)) ? before : null);
    if (!c?.country) continue;
    const label = officeLabel(o.office, text.slice(o.start, end), rules);
    const sameOffice = (p: FoundPerson): boolean => p.office?.id === o.office.id || (p.role !== null && p.role === label) || (o.office.foreignMinister && foreignMinister(p));
    if (persons.some((p) => p.country === c.country && sameOffice(p))) continue;
    const orphan = persons.find((p) => !p.country && !p.organization && sameOffice(p));
    if (orphan) (orphan as { country: CountryCode | null }).country = c.country;
  }
}

/**
 * "the President also received …": a bare title after a definite article, with no name and no
 * complement, refers back to a person named before it holding that post; with several, the one
 * the article names first (its lead's). Returns the new mentions.
 */
export function resolveTitleReferences(doc: PersonDoc, persons: readonly FoundPerson[], used: ReadonlySet<OfficeHit>): PersonMention[] {
  const { text, rules, places } = doc;
  const out: PersonMention[] = [];
  const first = (p: FoundPerson): number => p.mentions[0]?.start ?? Infinity;
  for (const o of doc.offices) {
    if (used.has(o) || !rules.titleReference.test(text.slice(Math.max(0, o.start - 6), o.start))) continue;
    // "The Prime Minister and Guyana President X held talks": a conjunction and a state open a
    // second subject, not the rest of this title.
    const and = /^\s+(\S+)\s+/u.exec(text.slice(o.end, o.end + 6));
    const conjoined = and !== null && rules.organizationPatterns.coordinators.has(foldText(and[1] as string)) && places.some((g) => g.start === o.end + and[0].length && g.country);
    if (/^[\s,]*\p{Lu}/u.test(text.slice(o.end, o.end + 3)) || (!conjoined && extendTitle(text, o.end, o.end + 80, rules, places) > o.end)) continue;
    if (places.some((g) => g.start >= o.end && g.start - o.end <= 2)) continue;
    const p = persons.filter((x) => x.office?.id === o.office.id && first(x) < o.start).sort((a, b) => first(a) - first(b))[0];
    if (!p) continue;
    const m: PersonMention = { start: o.start, end: o.end, name: text.slice(o.start, o.end), personId: p.id, office: o.office, role: p.role, roleOriginal: null, country: p.country, organization: p.organization, anchor: 'title-reference' };
    p.mentions.push(m);
    out.push(m);
  }
  return out;
}
