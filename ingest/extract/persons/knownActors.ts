import type { CountryCode } from '../../../src/domain/article.js';
import { AMBIGUOUS_ACTOR, type Actor, type ActorIndex, type ActorRole } from '../../lexicons/loadActors.js';
import type { Rules } from '../../rules/loadRules.js';
import type { FoundPerson } from './personDoc.js';
import { packedMap } from '../packedMap.js';

/** The actor dictionary as one article sees it: names resolved against its date. */
export interface ActorLookup {
  /** The actor a full name (two words or more) names, or null. */
  named(name: string): Actor | null;
  /** The one actor in office at the article's date that a lone word names: a short form ("Xi", "Lula") or a family name ("Lavrov"). */
  bySurname(word: string): Actor | null;
  /** The office the actor held at the article's date (the senior one when several), or null. */
  roleOf(actor: Actor): ActorRole | null;
}

/** No dictionary: nothing is known beyond the text. */
export const NO_ACTORS: ActorLookup = { named: () => null, bySurname: () => null, roleOf: () => null };

const activeAt = (r: ActorRole, month: string | null): boolean => (month === null ? r.to === null : r.from <= month && (r.to === null || month <= r.to));

/**
 * Binds the dictionary to an article's publication date (YYYY-MM-DD or null). Without a date, an
 * actor's current office is taken: an undated article is most likely recent. `seniority`: office
 * ids, most senior first, for an actor holding two at once (offices.json "actorSeniority").
 * `named`: the states the article names, which tell apart two actors in office with one name
 * ("Sánchez" in a story about Spain is Spain's prime minister, not Colombia's defence minister).
 * `patronymics`: particles opening a father's or tribe's name (names.json), after which a name
 * may hold words the dictionary's forms lack.
 */
export function actorLookup(index: ActorIndex, published: string | null, seniority: readonly string[], named: ReadonlySet<string> = new Set(), patronymics: ReadonlySet<string> = new Set()): ActorLookup {
  const month = published?.slice(0, 7) ?? null;
  const { nameWords } = index;
  const rank = (office: string): number => {
    const i = seniority.indexOf(office);
    return i < 0 ? seniority.length : i;
  };
  const inOffice = (a: Actor): boolean => a.roles.some((r) => activeAt(r, month));
  const only = (list: readonly Actor[]): Actor | null => {
    const current = list.filter(inOffice);
    if (current.length === 1) return current[0] as Actor;
    const here = current.filter((a) => a.roles.some((r) => activeAt(r, month) && r.country && named.has(r.country)));
    if (here.length === 1) return here[0] as Actor;
    return list.length === 1 && month === null ? (list[0] as Actor) : null;
  };
  const byName = (name: string): Actor | null => {
    const words = nameWords(name);
    if (words.length < 2) return null;
    const exact = index.byName.get(words.join(' '));
    if (exact) return exact === AMBIGUOUS_ACTOR ? null : exact;
    // A spelling the dictionary lacks ("Mohammed" for "Mohammad", "S." for "Subrahmanyam"):
    // the same family name and given name's initial, one actor in office. A name longer than
    // the actor's, with a word the actor's names lack and no patronymic, holds another family
    // name ("Roberto Velasco Álvarez" is not "Roberto Álvarez").
    const first = words[0] as string;
    const near = (index.byInitialAndSurname.get(`${first[0]} ${words[words.length - 1]}`) ?? []).filter(
      (a) => (first.length === 1 || nameWords(a.name)[0]?.slice(0, 3) === first.slice(0, 3)) && !holdsOtherFamily(words, a, nameWords, patronymics),
    );
    if (near.length) return only(near);
    // A full name without a given name the dictionary has ("Obiang Nguema Mbasogo" for
    // "Teodoro Obiang Nguema Mbasogo"): every word of it in the actor's name.
    const within = (index.bySurname.get(words[words.length - 1] as string) ?? []).filter((a) => words.every((w) => a.words.has(w)));
    return within.length ? only(within) : null;
  };
  const bySurname = (word: string): Actor | null => {
    const key = nameWords(word).join(' ');
    // A family name of three letters or fewer ("Li", "Paz") is too common to name anyone alone.
    return only(index.byShortForm.get(key) ?? []) ?? (key.length >= 4 ? only(index.bySurname.get(key) ?? []) : null);
  };
  // The person passes ask about the same names many times (every ending of every candidate,
  // then every person): each answer is worked out once per article.
  const namedAnswers = new Map<string, Actor | null>();
  const surnameAnswers = new Map<string, Actor | null>();
  return {
    named: (name) => remembered(namedAnswers, name, byName),
    bySurname: (word) => remembered(surnameAnswers, word, bySurname),
    roleOf(actor) {
      const active = actor.roles.filter((r) => activeAt(r, month));
      return active.sort((a, b) => rank(a.office) - rank(b.office))[0] ?? null;
    },
  };
}

/**
 * A name (`words`) longer than the actor's, with a word the actor's names lack and no
 * patronymic, holds another family name ("Roberto Velasco Álvarez" is not "Roberto Álvarez").
 */
function holdsOtherFamily(words: readonly string[], a: Actor, nameWords: ActorIndex['nameWords'], patronymics: ReadonlySet<string>): boolean {
  return words.length > nameWords(a.name).length && !words.some((w) => patronymics.has(w)) && words.some((w, i) => i > 0 && !a.words.has(w));
}

/** The answer `answers` holds for `key`, else `work(key)`, kept there. */
function remembered(answers: Map<string, Actor | null>, key: string, work: (key: string) => Actor | null): Actor | null {
  let answer = answers.get(key);
  if (answer === undefined) answers.set(key, (answer = work(key)));
  return answer;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Gives the persons the text leaves without a state what the dictionary knows: the state or
 * organisation of the office held at the article's date, else the nationality; and that office
 * when the text names none. What the text says always wins.
 */
export function describeKnownActors(persons: readonly FoundPerson[], lookup: ActorLookup, rules: Rules): void {
  for (const person of persons as Mutable<FoundPerson>[]) {
    const actor = packedMap([person.name, ...person.aliases], (n) => lookup.named(n)).find(Boolean) ?? (person.name.includes(' ') ? null : lookup.bySurname(person.name));
    if (!actor) continue;
    const role = lookup.roleOf(actor);
    if (!person.country && !person.organization) {
      person.country = role ? role.country : (actor.country as CountryCode);
      person.organization = role?.organization ?? null;
    }
    const servesThere = role && (role.country ? role.country === person.country : role.organization === person.organization);
    const office = servesThere && !person.office ? rules.offices.find((o) => o.id === role.office) : undefined;
    if (office) {
      person.office = office;
      person.role = office.label;
    }
  }
}
