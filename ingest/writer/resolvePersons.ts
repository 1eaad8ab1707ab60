import { slugify } from '../../src/domain/ids.js';
import type { PersonCandidate } from '../../src/graph/catalog/ingestQueries.js';
import { nameTokens, surnameOf, tokensCompatible } from './personNames.js';

/** A person as one article names it, before resolution. */
export interface PersonMention {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly country: string | null;
}

/** A resolved person: its graph id and every form of its name seen in the batch. */
export interface ResolvedPerson {
  readonly id: string;
  readonly name: string;
  readonly names: string[];
  readonly surnameKey: string;
  country: string | null;
}

function sameCountry(a: string | null, b: string | null): boolean {
  return a === null || b === null || a === b;
}

const withGivenName = (names: readonly string[]): string[] => names.filter((n) => /\s/u.test(n.trim()));

/**
 * Whether two persons' forms can name one person. Their full names decide when both have one:
 * "José Martínez" and "Fernando Martínez" stay apart though each article also wrote a lone
 * "Martínez", which agrees with any given name and would join them in whichever order the
 * articles arrive. `tokensOf` is nameTokens, remembered: a batch compares the same names
 * again and again.
 */
function compatible(forms: readonly string[], other: readonly string[], tokensOf: (name: string) => readonly string[]): boolean {
  const agree = (f: string, o: string) => tokensCompatible(tokensOf(f), tokensOf(o));
  const mine = withGivenName(forms);
  const theirs = withGivenName(other);
  if (mine.length && theirs.length) return mine.some((f) => theirs.some((o) => agree(f, o)));
  return forms.some((f) => other.some((o) => agree(f, o)));
}

/**
 * Resolves the persons of a batch against those already in the graph (`known`, fetched by
 * family-name key) and against each other: one node per real person across articles, but
 * two people who share a family name and serve different countries stay apart.
 * Returns a function mapping a mention to its resolved person, and the persons it touched.
 */
export function resolvePersons(known: readonly PersonCandidate[]): { resolve: (m: PersonMention) => ResolvedPerson; persons: ResolvedPerson[] } {
  const pool = new Map<string, ResolvedPerson[]>();
  const takenIds = new Set(known.map((k) => k.id));
  for (const k of known) {
    const list = pool.get(k.surnameKey) ?? [];
    list.push({ id: k.id, name: k.name, names: [k.name, ...k.aliases], surnameKey: k.surnameKey, country: k.country });
    pool.set(k.surnameKey, list);
  }
  const touched = new Map<string, ResolvedPerson>();
  const cache = new Map<PersonMention, ResolvedPerson>();
  const tokens = new Map<string, readonly string[]>();
  const tokensOf = (name: string): readonly string[] => {
    let t = tokens.get(name);
    if (!t) tokens.set(name, (t = nameTokens(name)));
    return t;
  };

  const resolve = (m: PersonMention): ResolvedPerson => {
    const cached = cache.get(m);
    if (cached) return cached;
    const key = surnameOf(tokensOf(m.name));
    const forms = [m.name, ...m.aliases];
    const candidates = (pool.get(key) ?? []).filter((c) => sameCountry(c.country, m.country) && compatible(forms, c.names, tokensOf));
    // Prefer a candidate of the same country over one whose country is unknown.
    const match = candidates.find((c) => c.country !== null && c.country === m.country) ?? candidates[0];
    let person: ResolvedPerson;
    if (match) {
      person = match;
      for (const f of forms) if (!person.names.includes(f)) person.names.push(f);
      if (person.country === null && m.country !== null) person.country = m.country;
    } else {
      let id = slugify(m.name) || key;
      if (takenIds.has(id)) id = `${id}-${(m.country ?? 'xx').toLowerCase()}`;
      for (let n = 2; takenIds.has(id); n++) id = `${slugify(m.name)}-${n}`;
      takenIds.add(id);
      person = { id, name: m.name, names: [...new Set(forms)], surnameKey: key, country: m.country };
      pool.set(key, [...(pool.get(key) ?? []), person]);
    }
    touched.set(person.id, person);
    cache.set(m, person);
    return person;
  };

  return {
    resolve,
    get persons() {
      return [...touched.values()];
    },
  };
}
