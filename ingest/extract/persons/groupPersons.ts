import { slugify } from '../../../src/domain/ids.js';
import type { Rules } from '../../rules/loadRules.js';
import type { ActorLookup } from './knownActors.js';
import { sentenceAt, type FoundPerson, type PersonDoc, type PersonMention, type Span } from './personDoc.js';
import { packedMap } from '../packedMap.js';

const lastToken = (name: string): string => name.split(/\s+/u).pop() ?? name;

/** `fn` remembering its answers for one call of the caller: names repeat, and slugify normalises to NFD. */
function remembered<T>(fn: (name: string) => T): (name: string) => T {
  const seen = new Map<string, T>();
  return (name) => {
    if (seen.has(name)) return seen.get(name) as T;
    const value = fn(name);
    seen.set(name, value);
    return value;
  };
}

/**
 * A longer name sharing the family name is the same person only if it holds the other's given
 * names (or their initials): "Ferdinand Marcos Jr" → "Ferdinand R. Marcos Jr", but "Abdullah bin
 * Zayed Al Nahyan" is not "Mohamed bin Zayed Al Nahyan".
 */
function sameGivenNames(short: readonly string[], long: readonly string[]): boolean {
  return short.every((t) => long.includes(t) || (t.length === 1 && long.some((u) => u.startsWith(t))));
}

/**
 * Resolves every name form to its canonical name: the longest full name it can be a short form
 * of, or that the actor dictionary gives it as a short form of ("Jokowi" ~ "Joko Widodo"). A name
 * article joined to a token is dropped when comparing ("Omar el-Béchir" ~ "M. Béchir").
 */
function canonicalNames(found: readonly PersonMention[], rules: PersonDoc['rules'], actors: ActorLookup): { full: PersonMention[]; resolve: (name: string) => string } {
  const full = found.filter((f) => f.name.split(/\s+/u).length >= 2).sort((a, b) => b.name.length - a.name.length);
  const articles = new Set(rules.nameArticles);
  // Tokens repeat across names (every full name shares its family name with its short forms).
  const slugOf = remembered((token: string): string => {
    const slug = slugify(token);
    const dash = slug.indexOf('-');
    return dash > 0 && articles.has(slug.slice(0, dash)) ? slug.slice(dash + 1) : slug;
  });
  // Each full name is compared with every mention: their slugs are computed once.
  const lastSlug = remembered((name) => slugOf(lastToken(name)));
  const slugTokens = remembered((name) => packedMap(name.split(/\s+/u), slugOf));
  const byLastName = new Map<string, string>();
  for (const f of full) if (!byLastName.has(lastSlug(f.name))) byLastName.set(lastSlug(f.name), f.name);
  const resolve = remembered((name: string): string => {
    const raw = slugTokens(name);
    const toks = raw.filter(Boolean);
    const last = lastSlug(name);
    const byLast = byLastName.get(last);
    if (byLast && raw.length === 1) return byLast;
    if (byLast && byLast.length >= name.length) {
      if (sameGivenNames(toks, slugTokens(byLast))) return byLast;
      return full.find((f) => f.name.length >= name.length && lastSlug(f.name) === last && sameGivenNames(toks, slugTokens(f.name)))?.name ?? name;
    }
    if (raw.length !== 1) return name;
    const within = full.find((f) => slugTokens(f.name).some((t) => t === raw[0]));
    if (within) return within.name;
    const actor = actors.bySurname(name);
    return (actor && full.find((f) => actors.named(f.name) === actor)?.name) || name;
  });
  const completed = completions(full, slugTokens, rules);
  return { full, resolve: (name) => completed(resolve(name)) };
}

/**
 * A full name that opens a longer one is that person's shorter form: "Luis Arce" of "Luis Arce
 * Catacora", "Idriss Deby" of "Idriss Deby Itno", "Mohamed bin Zayed" of "Mohamed bin Zayed Al
 * Nahyan". Not when it ends in a given name and holds no particle ("Juan Carlos" is not "Juan
 * Carlos Varela"). Returns the longest name each name opens, or the name itself.
 */
function completions(full: readonly PersonMention[], slugTokens: (name: string) => string[], rules: PersonDoc['rules']): (name: string) => string {
  const longer = new Map<string, string>();
  for (const short of full) {
    const toks = slugTokens(short.name);
    const words = short.name.split(/\s+/u);
    const last = (words[words.length - 1] as string).toLowerCase();
    if (toks.length < 2 || longer.has(short.name) || (rules.givenNames.has(last) && !words.some((w) => rules.particles.has(w.toLowerCase())))) continue;
    // `full` runs longest first: the first name it opens is the most complete.
    const long = full.find((f) => {
      const t = slugTokens(f.name);
      return t.length > toks.length && toks.every((x, i) => t[i] === x);
    });
    if (long) longer.set(short.name, long.name);
  }
  return (name) => longer.get(name) ?? name;
}

/** Unanchored short mentions of known persons ("Lavrov said", "Wong invited Jaishankar"). */
function secondMentions(doc: PersonDoc, candidates: readonly Span[], found: readonly PersonMention[], full: readonly PersonMention[]): PersonMention[] {
  const known = new Set<string>();
  for (const f of full) for (const t of f.name.split(/\s+/u)) if (t.length > 2 && !doc.rules.particles.has(t.toLowerCase())) known.add(t);
  const out: PersonMention[] = [];
  for (const c of candidates) {
    if (found.some((f) => f.start < c.end && c.start < f.end)) continue;
    const name = doc.text.slice(c.start, c.end);
    // A particle opening a sentence is capitalised ("Van Klaveren, que …"): it names no one alone.
    const tokens = name.split(/\s+/u);
    if (!tokens.some((p) => known.has(p)) || !tokens.every((p) => known.has(p) || doc.rules.particles.has(p.toLowerCase()))) continue;
    out.push({ start: c.start, end: c.end, name, personId: '', office: null, role: null, roleOriginal: null, country: null, organization: null, anchor: 'second-mention' });
  }
  return out;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Adds one mention to its person: aliases, the first role, state and organisation given, evidence. */
function addMention(doc: PersonDoc, p: Mutable<FoundPerson>, f: PersonMention): void {
  if (f.name !== p.name && !p.aliases.includes(f.name)) p.aliases.push(f.name);
  if (!p.role && f.role) {
    p.role = f.role;
    p.roleOriginal = f.roleOriginal;
    p.office = f.office;
  }
  if (!p.country && f.country) p.country = f.country;
  if (!p.organization && f.organization) p.organization = f.organization;
  p.mentions.push(f);
  if (p.evidence.length < 3) {
    const s = sentenceAt(doc, f.start);
    const start = s?.start ?? f.start;
    const end = s?.end ?? f.end;
    p.evidence.push({ start, end, quote: doc.text.slice(start, end) });
  }
}

/**
 * Groups mentions into persons under their most complete name, adding the short mentions of
 * known names; sets each mention's person id. Returns the mentions in text order too.
 */
export function groupPersons(doc: PersonDoc, candidates: readonly Span[], anchored: readonly PersonMention[]): { persons: FoundPerson[]; mentions: PersonMention[] } {
  const { full, resolve } = canonicalNames(anchored, doc.rules, doc.actors);
  const mentions = [...anchored, ...secondMentions(doc, candidates, anchored, full)].sort((a, b) => a.start - b.start);
  const byId = new Map<string, Mutable<FoundPerson>>();
  const idOf = remembered(slugify);
  for (const f of mentions) {
    const name = resolve(f.name);
    const id = idOf(name);
    f.personId = id;
    let p = byId.get(id);
    if (!p) {
      p = { id, name, usualName: name, aliases: [], role: null, roleOriginal: null, country: null, organization: null, office: null, mentions: [], evidence: [] };
      byId.set(id, p);
    }
    addMention(doc, p, f);
  }
  for (const p of byId.values()) p.usualName = usualName(p, doc.rules);
  return { persons: [...byId.values()], mentions };
}

/** How many of a person's mention `names` count for a full form: it, a longer one it opens, or its family name alone. */
function formWeight(names: readonly string[], form: string): number {
  return names.filter((n) => n === lastToken(form) || n === form || n.startsWith(`${form} `)).length;
}

/**
 * The full form (two words or more) a person is named by most often: each mention counts for
 * the forms it opens with and for the forms its family name alone ends. "Luis Arce" once and
 * "Luis Arce Catacora" once give "Luis Arce"; the most complete name on a tie.
 */
function usualName(p: FoundPerson, rules: Rules): string {
  const names = packedMap(p.mentions, (m) => m.name);
  let best = p.name;
  for (const form of new Set(names)) if (/\s/u.test(form) && formWeight(names, form) > formWeight(names, best)) best = form;
  // "Lula" for "Luiz Inácio Lula da Silva", "Marcos" for "Ferdinand Marcos Jr.", "Sánchez" for
  // "Pedro Sánchez Pérez-Castejón": a family name inside the full name, before a particle, a
  // generation or, in states of Spanish naming, the mother's family name, that the text uses alone
  // more often is the name the person goes by; not a father's name after "bin" ("Salman bin Hamad
  // …": "Hamad" alone is someone else), nor a middle name ("Moussa Faki Mahamat").
  const words = p.name.split(/\s+/u);
  const spanishNaming = p.country !== null && rules.paternalSurnameStates.has(p.country);
  for (let i = 1; i < words.length - 1; i++) {
    const word = words[i] as string;
    const next = words[i + 1] as string;
    const familyName = spanishNaming || rules.particles.has(next.toLowerCase()) || rules.generationSuffixes.has(next);
    if (familyName && !rules.patronymics.has((words[i - 1] as string).toLowerCase()) && names.filter((n) => n === word).length > formWeight(names, best)) return word;
  }
  return best;
}
