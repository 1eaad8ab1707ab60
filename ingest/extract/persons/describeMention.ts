import type { CountryCode } from '../../../src/domain/article.js';
import type { Mention } from '../findMentions.js';
import type { Anchoring } from './anchorName.js';
import { officeLabel } from './officeLabel.js';
import { countryIn, orgIn, type OfficeHit, type PersonDoc, type PersonMention, type Span } from './personDoc.js';

interface OfficeFacts {
  role: string | null;
  roleOriginal: string | null;
  country: CountryCode | null;
  organization: string | null;
}

/** The places that can say whose an office is, all and countries only. */
interface WhosePlaces {
  readonly all: readonly Mention[];
  readonly countries: readonly Mention[];
}

const whosePlacesOf = new WeakMap<PersonDoc, WhosePlaces>();

/**
 * "embajador argentino en Estados Unidos": a state after "en", "to", "au" is where the holder
 * serves, not whose the office is. Read once per article: every office title asks.
 */
function whosePlaces(doc: PersonDoc): WhosePlaces {
  let whose = whosePlacesOf.get(doc);
  if (!whose) {
    const { text, places, rules } = doc;
    const all = places.filter((g) => !rules.accreditedTo.test(text.slice(Math.max(0, g.start - 8), g.start)));
    whose = { all, countries: all.filter((g) => g.kind === 'country') };
    whosePlacesOf.set(doc, whose);
  }
  return whose;
}

/**
 * Role, state or organisation from an office title: demonyms and possessives just before it
 * ("Australian Foreign Minister", "Iraq's …", "Pakistan Army's Chief of Staff", on the same line: not a headline's state before
 * the body's first title), else the
 * first state inside it (a named state surer than a demonym); an international office's
 * organisation from the office itself or the text around it.
 */
function officeFacts(doc: PersonDoc, office: OfficeHit, titleStart: number, titleEnd: number): OfficeFacts {
  const { text, places, rules } = doc;
  const before = countryIn(places, Math.max(0, office.start - 40), office.start, 'last');
  const gap = before ? text.slice(before.end, office.start) : '';
  const joined = before && !gap.includes('\n') && /^(?:['’]s?)?(?:\s+(?:\p{Lu}[\p{L}-]*(?:['’]s)?|and|et|y))*\s*$/u.test(gap);
  const t0 = joined && before ? before.start : titleStart;
  const roleOriginal = text.slice(office.start, Math.max(office.end, titleEnd)).replace(/[\s,]+$/u, '');
  const role = officeLabel(office.office, roleOriginal, rules);
  if (office.office.international) {
    // "UNRWA Commissioner-General X and ICC Prosecutor Y": an organisation written right before the title is its own.
    const prefixed = places.find((g) => g.kind === 'organization' && g.end <= t0 && /^['’]?s?\s*$/u.test(text.slice(g.end, t0)));
    const organization = office.office.organization ?? prefixed?.id ?? orgIn(places, t0, titleEnd + 60)?.id ?? orgIn(places, Math.max(0, t0 - 120), titleEnd)?.id ?? null;
    return { role, roleOriginal, country: null, organization };
  }
  const whose = whosePlaces(doc);
  const inTitle = countryIn(whose.countries, titleStart, titleEnd, 'first') ?? countryIn(whose.all, titleStart, titleEnd, 'first');
  return { role, roleOriginal, country: (joined ? before?.country : null) ?? inTitle?.country ?? null, organization: null };
}

/**
 * With only a style before the name ("…, M. Y"), the state `g` must end a title ("l'ambassadeur
 * d'Arabie saoudite, M. Y"), not a clause ("les exportations vers les États-Unis, M. Y souhaite").
 */
function endsTitle(doc: PersonDoc, a: Anchoring, g: Mention): boolean {
  return a.anchorSpan !== null || doc.rules.titleToState.test(doc.text.slice(Math.max(0, g.start - 8), g.start));
}

/**
 * A state next to the name with no office to give one: "son homologue togolais, M. Y" (inside
 * the anchor), "et du Niger, M. Y" (right before the honorific), a list's state.
 */
function stateNearName(doc: PersonDoc, c: Span, a: Anchoring): CountryCode | null {
  // A list pairs states and names more surely than the last state before the name.
  if (a.listed) return a.listed.country;
  const near = a.anchorSpan ? countryIn(doc.places, a.anchorSpan.start, c.start, 'last') : null;
  if (near) return near.country;
  const last = countryIn(doc.places, Math.max(0, a.cursor - 40), a.cursor, 'last');
  if (last && /^[\s,]*$/u.test(doc.text.slice(last.end, a.cursor)) && (a.honorific || a.anchorSpan) && endsTitle(doc, a, last)) {
    // "l'ambassadeur d'Arabie saoudite au Niger, M. Y": the state after "au", "to", "ante" is
    // where the person serves; the one before it, whose.
    if (!doc.rules.accreditedTo.test(doc.text.slice(Math.max(0, last.start - 8), last.start))) return last.country;
    return countryIn(doc.places, Math.max(0, a.cursor - 90), last.start, 'last')?.country ?? null;
  }
  return null;
}

/** "President Cyril Ramaphosa of South Africa": the state named right after a titled name. */
function stateAfterTitledName(doc: PersonDoc, c: Span): CountryCode | null {
  const of = /^\s+(?:of|de|du|de la|del|de l['’])\s*(?:the\s+)?/iu.exec(doc.text.slice(c.end, c.end + 12));
  return of ? (doc.places.find((g) => g.kind === 'country' && g.start === c.end + of[0].length)?.country ?? null) : null;
}

/**
 * The state an office's title names by usage ("Foreign Secretary": the United Kingdom's), when
 * the article names that state somewhere: India, Pakistan or Sri Lanka have foreign secretaries too.
 */
function defaultState(doc: PersonDoc, state: CountryCode | null): CountryCode | null {
  return state && doc.places.some((g) => g.country === state) ? state : null;
}

/** One mention of a name with the office, role, state or organisation the text gives it there. */
export function describeMention(doc: PersonDoc, c: Span, a: Anchoring): PersonMention {
  const { office } = a;
  // "a former Chadian prime minister": the title anchors the name but is not a current office.
  const former = office !== null && doc.rules.formerOffice.test(doc.text.slice(Math.max(0, office.start - 40), office.start));
  const current = former ? null : office;
  const facts: OfficeFacts = current ? officeFacts(doc, current, a.titleStart, a.titleEnd) : { role: null, roleOriginal: null, country: null, organization: null };
  let country = facts.country;
  if (!country && !facts.organization && !former && !office?.office.international) country = stateNearName(doc, c, a);
  if (!country && current && !current.office.international) country = stateAfterTitledName(doc, c) ?? defaultState(doc, current.office.defaultCountry);
  const name = doc.text.slice(c.start, c.end);
  return { start: c.start, end: c.end, name, personId: '', office: current?.office ?? null, role: facts.role, roleOriginal: facts.roleOriginal, country, organization: facts.organization, anchor: a.anchor };
}
