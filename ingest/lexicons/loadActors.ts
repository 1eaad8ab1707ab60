import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { projectRoot } from '../../src/config/projectRoot.js';
import type { CountryCode } from '../../src/domain/article.js';
import { foldText } from './foldText.js';

// The actor dictionary (ingest/lexicons/actors/*.json): who held which top office of which state
// or organisation, and when, as PETRARCH's and ICEWS's actor dictionaries record it. It gives a
// state and an office to a name the article writes without a title ("Pedro Sánchez", "Ruto").

const month = z.string().regex(/^\d{4}-\d{2}$/u, 'a month YYYY-MM');
const roleSchema = z
  .object({
    office: z.string().min(1),
    country: z.string().regex(/^[A-Z]{2}$/u).nullable(),
    organization: z.string().min(1).optional(),
    from: month,
    to: month.nullable(),
  })
  .refine((r) => r.country !== null || r.organization !== undefined, 'a role serves a state or an organisation')
  .refine((r) => r.to === null || r.from <= r.to, 'a role ends after it starts');
const actorSchema = z.object({
  name: z.string().min(3),
  aliases: z.array(z.string().min(3)).default([]),
  shortForms: z.array(z.string().min(2)).default([]),
  country: z.string().regex(/^[A-Z]{2}$/u),
  roles: z.array(roleSchema).min(1),
});
const fileSchema = z.object({ about: z.string(), actors: z.array(actorSchema) });

/** One office an actor held, from one month to another (`to` null: still held). */
export interface ActorRole {
  readonly office: string;
  readonly country: CountryCode | null;
  readonly organization: string | null;
  readonly from: string;
  readonly to: string | null;
}

/** A person of the dictionary: nationality and dated roles. */
export interface Actor {
  readonly name: string;
  /** Every word of its name and aliases, folded. */
  readonly words: ReadonlySet<string>;
  readonly country: CountryCode;
  readonly roles: readonly ActorRole[];
}

/** The dictionary, indexed by folded full name and by folded family name. */
export interface ActorIndex {
  /** The words a name is compared by: folded, without Arabic articles ("al-", "El"), which names.json lists. */
  readonly nameWords: (name: string) => string[];
  readonly byName: ReadonlyMap<string, Actor>;
  /** Actors by the word a lone mention uses: the family name. */
  readonly bySurname: ReadonlyMap<string, readonly Actor[]>;
  /** Actors by a short form the press uses alone, however short ("Xi", "Lula", "MBS"). */
  readonly byShortForm: ReadonlyMap<string, readonly Actor[]>;
  /** Actors by folded given-name initial + family name, for spellings the dictionary lacks. */
  readonly byInitialAndSurname: ReadonlyMap<string, readonly Actor[]>;
}

/** The words of a name, folded (case, accents, hyphens), without the articles the index ignores. */
function wordsWithout(name: string, articles: ReadonlySet<string>): string[] {
  return foldText(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0 && !articles.has(w));
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

type Entry = z.input<typeof actorSchema>;

/** One entry per person: the regional files may both list someone (an organisation's head), each with some roles. */
function mergeSamePerson(entries: readonly Entry[], nameKey: (name: string) => string): Entry[] {
  const byKey = new Map<string, Entry>();
  for (const e of entries) {
    const key = `${e.country} ${nameKey(e.name)}`;
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, { ...e, roles: [...e.roles] });
    else {
      seen.aliases = [...new Set([...(seen.aliases ?? []), ...(e.aliases ?? [])])];
      seen.shortForms = [...new Set([...(seen.shortForms ?? []), ...(e.shortForms ?? [])])];
      for (const r of e.roles) if (!seen.roles.some((x) => x.office === r.office && x.from === r.from)) seen.roles.push(r);
    }
  }
  return [...byKey.values()];
}

/** Builds the index of a list of dictionary entries (as parsed from the files); `articles` are the words names are compared without. */
export function indexActors(entries: readonly Entry[], articles: readonly string[], paternalSurnameStates: ReadonlySet<string> = new Set()): ActorIndex {
  const ignored = new Set(articles);
  const nameWords = (name: string): string[] => wordsWithout(name, ignored);
  const nameKey = (name: string): string => nameWords(name).join(' ');
  const byName = new Map<string, Actor>();
  const bySurname = new Map<string, Actor[]>();
  const byInitialAndSurname = new Map<string, Actor[]>();
  const byShortForm = new Map<string, Actor[]>();
  for (const e of mergeSamePerson(entries, nameKey)) {
    const actor: Actor = Object.freeze({
      name: e.name,
      words: new Set([e.name, ...(e.aliases ?? [])].flatMap(nameWords)),
      country: e.country,
      roles: Object.freeze(e.roles.map((r) => Object.freeze({ office: r.office, country: r.country as CountryCode | null, organization: r.organization ?? null, from: r.from, to: r.to }))),
    });
    for (const form of [e.name, ...(e.aliases ?? [])]) {
      const words = nameWords(form);
      // One name only ("Sugiono"): found as a lone word, like a family name.
      if (words.length === 1) push(bySurname, words[0] as string, actor);
      if (words.length < 2) continue;
      const key = words.join(' ');
      // Two people sharing a full name: neither can be told from the name alone.
      if (byName.has(key) && byName.get(key) !== actor) byName.set(key, AMBIGUOUS);
      else byName.set(key, actor);
      push(bySurname, words[words.length - 1] as string, actor);
      // "Rubén Ramírez Lezcano" is "Ramírez" alone: in Spanish naming the father's family name,
      // before the mother's, is the one written by itself.
      const paternal = words[words.length - 2] as string;
      if (words.length >= 3 && paternalSurnameStates.has(e.country ?? '') && paternal.length > 3) push(bySurname, paternal, actor);
      // A hyphenated family name is written alone whole ("Díaz-Canel"), never by its last half.
      const last = form.trim().split(/\s+/u).pop() as string;
      if (/\p{Pd}/u.test(last)) push(bySurname, nameWords(last).join(' '), actor);
      push(byInitialAndSurname, `${(words[0] as string)[0]} ${words[words.length - 1]}`, actor);
    }
    for (const form of e.shortForms ?? []) push(byShortForm, nameKey(form), actor);
  }
  return { nameWords, byName, bySurname, byInitialAndSurname, byShortForm };
}

/** A marker for a full name two entries share. */
const AMBIGUOUS: Actor = Object.freeze({ name: '', words: new Set<string>(), country: 'ZZ', roles: [] });

/** Loads every file of ingest/lexicons/actors; throws on an invalid file (a bug, not bad input). */
export function loadActors(articles: readonly string[], paternalSurnameStates: ReadonlySet<string> = new Set(), dir = join(projectRoot(), 'ingest', 'lexicons', 'actors')): ActorIndex {
  const entries: Entry[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const path = join(dir, file);
    const parsed = fileSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    if (!parsed.success) throw new Error(`actor dictionary ${path} is invalid: ${z.prettifyError(parsed.error)}`);
    entries.push(...parsed.data.actors);
  }
  return indexActors(entries, articles, paternalSurnameStates);
}

export { AMBIGUOUS as AMBIGUOUS_ACTOR };
