import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { projectRoot } from '../../src/config/projectRoot.js';
import type { EventType } from '../../src/domain/extraction.js';
import { foldText } from '../lexicons/foldText.js';
import { asciiFirstClass } from './asciiFirstClass.js';
import { needsFolding, ruleRegExp } from './foldCase.js';
import { literalBeforeLookbehind } from './literalBeforeLookbehind.js';

/** A case-sensitive office pattern set, compiled into one alternation per language. */
export interface Office {
  readonly id: string;
  readonly label: string;
  readonly international: boolean;
  readonly organization: string | null;
  readonly defaultCountry: string | null;
  /** Heads of state (presidents, monarchs): a state has one, so a second one at a venue is a guest. */
  readonly headOfState: boolean;
  /** One of the titles of a state's foreign minister: the same post whatever the title. */
  readonly foreignMinister: boolean;
  /** A title whose English label is composed from the portfolios it names. */
  readonly composedFromPortfolios: boolean;
  /** The bare title ("<Capitalised words> Minister") that a more specific office ending at the same place replaces. */
  readonly generic: boolean;
  /** A post that reports encounters and takes part in none (a spokesperson). */
  readonly reporter: boolean;
  readonly reason: string;
}

/** A portfolio inside a minister's title ("Coopération internationale" → "International Cooperation"). */
export interface Portfolio {
  readonly id: string;
  readonly label: string;
  readonly regex: RegExp;
}

/** One event trigger, compiled. */
export interface Trigger {
  readonly id: string;
  readonly type: Exclude<EventType, 'other'>;
  readonly lang: string;
  readonly strength: 'strong' | 'weak';
  readonly reason: string;
}

/** PLOVER / CAMEO codes and merge priority of an event type. */
export interface EventTypeCodes {
  readonly plover: string;
  readonly mode: string | null;
  readonly cameo: string;
  /** When several triggers describe one encounter, the highest priority names its type. */
  readonly priority: number;
}

/** A rule with an id, a reason and a compiled regex (cues, honorifics, anchors). */
export interface CueRule {
  readonly id: string;
  readonly lang: string;
  readonly regex: RegExp;
  readonly reason: string;
}

/**
 * One alternation of many rules, run in a single pass: `regex` has one capturing group per
 * rule, in order, so the index of the group that matched names the rule.
 */
export interface MultiPattern<T> {
  /**
   * Every rule in one alternation. Under the `i` flag a rule's `\p{Lu}` reads as any letter here
   * (folding every rule would make the alternation too long for V8 to optimise):
   * `matchedEntryAt` checks such a match against the rule itself.
   */
  readonly regex: RegExp;
  /** The same alternation, sticky (flag y), to test at one position. */
  readonly sticky: RegExp;
  readonly entries: readonly T[];
  /** Per entry, when some rule needs a capital: the rule alone, sticky and exact (see foldCase). */
  readonly exact?: readonly RegExp[];
}

/** Where an organisation's head word stands in its name. */
export type HeadPosition = 'any' | 'start' | 'end' | 'beforeCountry';

/** The institutional noun an organisation's name is built on ("Ministry", "Parti", "News"). */
export interface OrganizationHead {
  readonly id: string;
  /** Kind given to the organisations it names ("government", "party", "media", …). */
  readonly kind: string;
  /** Anywhere in the name, its first word, its last word, or right before the state's name. */
  readonly position: HeadPosition;
  /** French and Spanish: lower-case adjectives and complements may follow it ("Assemblée nationale"). */
  readonly tail: boolean;
  readonly reason: string;
}

/** A credit slot: the name stands between a match of `lead` (global) and one of `trail` (sticky). */
export interface OrganizationCredit {
  readonly id: string;
  readonly lang: string;
  readonly kind: string;
  readonly lead: RegExp;
  readonly trail: RegExp | null;
  /** A lower-case name is accepted in this slot ("(awp)"). */
  readonly lowercase: boolean;
  /** Fewest letters of a name in this slot that is not seeded. */
  readonly minLetters: number;
  readonly reason: string;
}

/** A cue noun that names the organisation after it ("l'agence", "the company"). */
export interface OrganizationCue {
  readonly id: string;
  readonly lang: string;
  readonly kind: string;
  readonly reason: string;
}

/** A distinctive agency, media or platform name, matched wherever it is written. */
export interface OrganizationSeed {
  readonly id: string;
  readonly kind: string;
  readonly reason: string;
}

/**
 * ingest/rules/organizationPatterns.json, compiled. Word sets hold folded words (foldText);
 * per-language records have a '*' entry merging every language.
 */
export interface OrganizationPatterns {
  /** Per language: folded head word → the heads it may be (a word may head at either end: "Radio"). */
  readonly heads: Readonly<Record<string, ReadonlyMap<string, readonly OrganizationHead[]>>>;
  /** Head words as written, lower-cased: a word that folds like a title ("Secretaría"/"Secretaria") heads only when written so. */
  readonly headForms: ReadonlySet<string>;
  readonly connectors: Readonly<Record<string, ReadonlySet<string>>>;
  readonly articles: ReadonlySet<string>;
  readonly coordinators: ReadonlySet<string>;
  readonly leadingWords: ReadonlySet<string>;
  /** Possessives and demonstratives that make the head after them a reference back ("su Departamento"). */
  readonly genericDeterminers: ReadonlySet<string>;
  readonly roleNouns: ReadonlySet<string>;
  readonly breakWords: ReadonlySet<string>;
  readonly genericWords: ReadonlySet<string>;
  /** Per language: matches a lower-case word (not folded) that ends like an adjective. */
  readonly adjectiveEnding: Readonly<Record<string, RegExp>>;
  readonly tailPrepositions: Readonly<Record<string, ReadonlySet<string>>>;
  /** A whole parenthesised acronym (anchored). */
  readonly acronym: RegExp;
  /** A capitalised site name with its domain (global). */
  readonly webDomain: RegExp;
  readonly credits: readonly OrganizationCredit[];
  /** Per language (and '*'): every cue in one alternation, word-bounded. */
  readonly cues: Readonly<Record<string, MultiPattern<OrganizationCue>>>;
  /** Seed forms (and their capitalised spelling) by first word as written, longest form first. */
  readonly seedsByFirstWord: ReadonlyMap<string, readonly { readonly form: string; readonly seed: OrganizationSeed }[]>;
  readonly seedByForm: ReadonlyMap<string, OrganizationSeed>;
}

/** Offices, honorifics, event triggers and cues, compiled once for matching. */
export interface Rules {
  readonly offices: readonly Office[];
  /** Office ids, most senior first, for an actor holding two at once (offices.json "actorSeniority"). */
  readonly actorSeniority: readonly string[];
  /** Words the actor dictionary ignores when it compares names (names.json "nameArticles"). */
  readonly nameArticles: readonly string[];
  /** Matches text that ends in a word making the office after it a past one ("former", "ancien"). */
  readonly formerOffice: RegExp;
  /** Matches, at its start, the words between a name and the state it serves ("… of Angola"), or an opening bracket. */
  readonly stateAfterName: RegExp;
  /** Matches a word with an adverb's ending ("Previamente", "Parallèlement"). */
  readonly adverb: RegExp;
  /** Matches text that ends in a definite article before a bare title ("the President", "le président"). */
  readonly titleReference: RegExp;
  /** Text ending right before a state where someone serves, not whom ("… au ", "… to "). */
  readonly accreditedTo: RegExp;
  /** Per language: every office pattern (and, under key '*', all languages together). */
  readonly officeMatchers: Readonly<Record<string, MultiPattern<Office>>>;
  readonly portfolios: readonly Portfolio[];
  /** Honorifics and name anchors (ranks, "counterpart"), in one alternation. */
  readonly honorifics: MultiPattern<CueRule>;
  readonly anchors: MultiPattern<CueRule>;
  readonly particles: ReadonlySet<string>;
  /** Particles inside one person's name ("bin", "ould"): a name never starts right after one. */
  readonly patronymics: ReadonlySet<string>;
  /** Lower-case words inside a capitalised name ("Ministry of Culture"), names.json "nameJoiners". */
  readonly nameJoiners: ReadonlySet<string>;
  readonly namePrefixes: readonly string[];
  readonly stopwords: ReadonlySet<string>;
  /** Words that close a title written right before a name ("… Diaspora Affairs Musalia Mudavadi"). */
  readonly titleEnds: ReadonlySet<string>;
  /** A run of capitalised name tokens, initials and particles (flags gu; copy before exec). */
  readonly nameRegex: RegExp;
  /** Lower-case given names (from compromise's lexicon), to accept unanchored names. */
  readonly givenNames: ReadonlySet<string>;
  /** Lower-case family names that come first in a name ("wang" in "Wang Yi", "le" in "Le Hoai Trung"). */
  readonly familyNamesFirst: ReadonlySet<string>;
  /** Lower-case words compromise knows as something other than a name ("river", "strip"). */
  readonly commonWords: ReadonlySet<string>;
  readonly types: Readonly<Record<Exclude<EventType, 'other'>, EventTypeCodes>>;
  /** Per language, and '*' for all: triggers in one alternation. */
  readonly triggerMatchers: Readonly<Record<string, MultiPattern<Trigger>>>;
  readonly planned: Readonly<Record<string, RegExp>>;
  /** Per language: talks held one after another ("tour à tour", "separately"), one event per counterpart. */
  readonly separately: Readonly<Record<string, RegExp>>;
  /** Per language: the text before a trigger when its subject is a pronoun, a bare title or dropped. */
  readonly anaphoricSubject: Readonly<Record<string, RegExp>>;
  /** Per language: one encounter of several states together ("trilateral"), never split. */
  readonly jointly: Readonly<Record<string, RegExp>>;
  /** Per language: a plural subject standing for the two officials named just before ("les deux chefs d'État", "the two leaders"). */
  readonly pairAnaphor: Readonly<Record<string, RegExp>>;
  /** Per language: the words between a visit noun and the name of who makes it ("la visita de X"). */
  readonly visitBy: Readonly<Record<string, RegExp>>;
  /** Cues of talks held one by one that a sentence may list by state alone ("bilateral meetings with Malaysia, Vietnam and Thailand"). */
  readonly talksByState: Readonly<Record<string, RegExp>>;
  /** Cues after which the people named travel with the person named before ("accompanied by"); global. */
  readonly companions: Readonly<Record<string, RegExp>>;
  /** Cues that pair a sentence's listed states with its listed names in order ("respectively"); global. */
  readonly respectively: Readonly<Record<string, RegExp>>;
  /** Per language: the subject receives the guest ("a reçu", "hosted"), so the encounter is in the subject's state. */
  readonly receivesGuest: Readonly<Record<string, RegExp>>;
  /** Per language: the guest is received by the one named next ("fue recibido por"). */
  readonly receivedBy: Readonly<Record<string, RegExp>>;
  /** Per language: another encounter the reported one prepares ("ahead of the meeting between …"); those named after it take part in that one. */
  readonly preparation: Readonly<Record<string, RegExp>>;
  /** Per language: a sentence naming those who attended the encounter reported just before it. */
  readonly attendance: Readonly<Record<string, RegExp>>;
  /** Matches text ending right before a state that is the subject of talks, not a party ("the situation in "). */
  readonly subjectState: RegExp;
  readonly passing: Readonly<Record<string, RegExp>>;
  readonly passingRules: readonly CueRule[];
  readonly nonDiplomatic: readonly CueRule[];
  /** The same cues in one alternation, to count every domain's hits in a single pass. */
  readonly nonDiplomaticAll: MultiPattern<CueRule>;
  readonly nonParticipant: RegExp;
  readonly setting: RegExp;
  readonly locationPrepositions: Readonly<Record<string, RegExp>>;
  /** Verbs right after a city that make it the venue ("Ouagadougou a abrité …"), per language and '*'. */
  readonly hostVerbs: Readonly<Record<string, RegExp>>;
  readonly dateline: RegExp;
  /** A wire's dateline in title case ("Niamey, 19 avril (ANP) –"): a dateline only when it opens with a known city. */
  readonly datelineTitleCase: RegExp;
  /** A digit or a month/weekday/relative-day word: spans without one skip the date parser. */
  readonly dateHint: RegExp;
  /** The same cue, global (flag g), to find where in a span a date may be. */
  readonly dateHintAll: RegExp;
  /** Languages the trigger rules cover. */
  readonly languages: readonly string[];
  /** Organisation names found by pattern besides the lexicon. */
  readonly organizationPatterns: OrganizationPatterns;
}

interface RawPatterned {
  id: string;
  reason?: string;
  pattern?: string;
  lang?: string;
}

function fail(file: string, why: string): never {
  throw new Error(`ingest/rules/${file}: ${why}`);
}

function readJson(file: string): Record<string, unknown> {
  const raw: unknown = JSON.parse(readFileSync(join(projectRoot(), 'ingest', 'rules', file), 'utf8'));
  if (!raw || typeof raw !== 'object') fail(file, 'not a JSON object');
  return raw as Record<string, unknown>;
}

function arrayOf(file: string, value: unknown, key: string): Record<string, unknown>[] {
  if (!Array.isArray(value)) fail(file, `"${key}" must be an array`);
  for (const v of value) if (!v || typeof v !== 'object') fail(file, `"${key}" holds a non-object`);
  return value as Record<string, unknown>[];
}

function str(file: string, o: Record<string, unknown>, key: string): string {
  const v = o[key];
  if (typeof v !== 'string' || !v) fail(file, `entry ${String(o.id)}: "${key}" must be a non-empty string`);
  return v;
}

const WORD_CHAR = '[\\p{L}\\p{N}_]';
/** `(?<![\p{L}\p{N}_])`, in the form V8 tests fastest (see asciiFirstClass). */
const NOT_AFTER_WORD_CHAR = `(?<!${asciiFirstClass('\\p{L}\\p{N}_')})`;

/**
 * Rewrites `\b` as a look-behind at a word start and a look-ahead at a word end: V8 runs `\b`
 * under the `iu` flags about ten times slower, and its ASCII notion of a word cuts "émet" into
 * "é" + "met". A boundary right after a letter, or after a group that ends with one
 * ("(?:ministre|chef)\b[^.]"), ends a word; otherwise one followed by a letter, a group, a
 * class or an escape starts a word.
 */
export function fastBoundaries(source: string): string {
  return source.replace(/\\b/g, (_m, at: number) => {
    const endsWord = /\p{L}\)?$/u.test(source.slice(Math.max(0, at - 2), at));
    const startsWord = !endsWord && /^(?:\p{L}|\(\?:|\[|\\[pPdw])/u.test(source.slice(at + 2));
    return startsWord ? NOT_AFTER_WORD_CHAR : `(?!${WORD_CHAR})`;
  });
}

/**
 * Checks a regex source compiles and has no capturing group (the alternation relies on it);
 * returns it with fast word boundaries and any leading look-behind checked after its literal.
 */
function checkSource(file: string, id: string, source: string): string {
  let groups: number;
  try {
    groups = (new RegExp(`${source}|`, 'u').exec('') ?? []).length - 1;
  } catch (err) {
    throw new Error(`ingest/rules/${file}: entry ${id}: invalid regex ${source}`, { cause: err });
  }
  if (groups !== 0) fail(file, `entry ${id}: use (?:…) groups only`);
  return literalBeforeLookbehind(fastBoundaries(source));
}

function multi<T>(file: string, items: readonly { entry: T; id: string; sources: readonly string[] }[], flags: string, wordBounded = false): MultiPattern<T> {
  const parts: string[] = [];
  const entries: T[] = [];
  for (const it of items) {
    for (const s of it.sources) {
      parts.push(`(${checkSource(file, it.id, s)})`);
      entries.push(it.entry);
    }
  }
  // An alternation that can never match keeps the type simple when a language has no rule.
  // Word bounds around the whole alternation, not each branch: the same matches (a branch whose
  // right bound fails still backtracks into the next one), but one look-behind per position.
  const source = !parts.length ? '(?!)' : wordBounded ? bounded(parts.join('|')) : parts.join('|');
  const stickyFlags = `${flags.replace('g', '')}y`;
  const exact = parts.some((p) => needsFolding(p, flags)) ? parts.map((p) => ruleRegExp(wordBounded ? bounded(p) : p, stickyFlags)) : undefined;
  return { regex: new RegExp(source, flags), sticky: new RegExp(source, stickyFlags), entries, ...(exact ? { exact } : {}) };
}

/** Keeps a pattern from matching inside a word ("roi" in "droit", "président" in "présidentiel"). */
function bounded(source: string): string {
  return `(?<!${asciiFirstClass('\\p{L}\\p{N}')})(?:${source})(?![\\p{L}\\p{N}])`;
}

/**
 * One alternation of cue rules; when every rule is a whole-word list (`\b(?:…)\b`, rewritten
 * by fastBoundaries) the bounds are hoisted around the alternation: one look-behind per position.
 */
function multiWords(file: string, rules: readonly CueRule[], flags: string): MultiPattern<CueRule> {
  const start = `${NOT_AFTER_WORD_CHAR}(?:`;
  const end = `)(?!${WORD_CHAR})`;
  const words = rules.every((r) => r.regex.source.startsWith(start) && r.regex.source.endsWith(end) && r.regex.source.indexOf(start, 1) < 0);
  if (!words) return multi(file, rules.map((r) => ({ entry: r, id: r.id, sources: [r.regex.source] })), flags);
  const inner = rules.map((r) => ({ entry: r, id: r.id, sources: [r.regex.source.slice(start.length, -end.length)] }));
  const m = multi(file, inner, flags);
  const source = `${start}${m.regex.source}${end}`;
  return { regex: new RegExp(source, flags), sticky: new RegExp(source, `${flags.replace('g', '')}y`), entries: m.entries };
}

/** Index of the rule whose group matched in a MultiPattern match. */
function matchedIndex(m: RegExpExecArray): number {
  for (let i = 1; i < m.length; i++) if (m[i] !== undefined) return i - 1;
  throw new Error('matchedEntry: no group matched');
}

/** The rule whose group matched in a MultiPattern match. */
export function matchedEntry<T>(m: RegExpExecArray, mp: MultiPattern<T>): T {
  return mp.entries[matchedIndex(m)] as T;
}

/**
 * The rule that matches where `m` starts, read exactly: the one the alternation found, unless it
 * matched only by reading a capital as any letter; then the first rule after it that matches
 * there, as the alternation would have chosen. Null when none does.
 */
export function matchedEntryAt<T>(m: RegExpExecArray, mp: MultiPattern<T>, text: string): T | null {
  const found = matchedIndex(m);
  if (!mp.exact) return mp.entries[found] as T;
  for (let i = found; i < mp.entries.length; i++) {
    const rule = mp.exact[i] as RegExp;
    rule.lastIndex = m.index;
    if (rule.test(text)) return mp.entries[i] as T;
  }
  return null;
}

function cueList(file: string, value: unknown, key: string, flags = 'iu'): CueRule[] {
  return arrayOf(file, value, key).map((o) => {
    const id = str(file, o, 'id');
    const source = checkSource(file, id, str(file, o, 'pattern'));
    return { id, lang: typeof o.lang === 'string' ? o.lang : '*', regex: ruleRegExp(source, flags), reason: str(file, o, 'reason') };
  });
}

/** One regex per language (plus '*') alternating every cue of that language and of '*'. */
function byLanguage(rules: readonly RawPatterned[], languages: readonly string[], flags: string): Record<string, RegExp> {
  const out: Record<string, RegExp> = {};
  for (const lang of [...languages, '*']) {
    const sources = rules.filter((r) => lang === '*' || r.lang === lang || r.lang === '*').map((r) => `(?:${fastBoundaries(r.pattern ?? '')})`);
    out[lang] = ruleRegExp(sources.length ? sources.join('|') : '(?!)', flags);
  }
  return out;
}

/** Name candidates: capitalised tokens, initials ("S.", "L.P."), particles and prefixes from names.json. */
function buildNameRegex(prefixes: readonly string[], particles: readonly string[]): RegExp {
  const esc = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const prefix = prefixes.map(esc).join('|');
  const particle = particles.map(esc).join('|');
  const tok = `\\p{Lu}\\.(?:\\s?\\p{Lu}\\.)*(?=\\s\\p{Lu})|(?:(?:${prefix}))?\\p{Lu}[\\p{Ll}\\p{Lu}’'\\-]*(?:\\.\\p{Lu}\\.)?`;
  return new RegExp(`(?<!${asciiFirstClass("\\p{L}’'\\-")})(?:${tok})(?:[ \\u00a0](?:(?:${particle})[ \\u00a0])*(?:${tok}))*`, 'gu');
}

/** ingest/lexicons/givenNames.json (generated from @faker-js/faker's locales): given names and family names that come first. */
function nameLexicon(): { names: string[]; familyNamesFirst: string[] } {
  const file = JSON.parse(readFileSync(join(projectRoot(), 'ingest', 'lexicons', 'givenNames.json'), 'utf8')) as Record<string, unknown>;
  for (const key of ['names', 'familyNamesFirst']) {
    const list = file[key];
    if (!Array.isArray(list) || list.some((n) => typeof n !== 'string')) fail('givenNames.json', `"${key}" must be an array of strings`);
  }
  return { names: file.names as string[], familyNamesFirst: file.familyNamesFirst as string[] };
}

function nameWords(): { givenNames: Set<string>; familyNamesFirst: Set<string>; commonWords: Set<string> } {
  const world = (nlp as unknown as { world: () => { model: { one: { lexicon: Record<string, string | string[]> } } } }).world();
  const givenNames = new Set<string>();
  const commonWords = new Set<string>();
  for (const [word, tag] of Object.entries(world.model.one.lexicon)) {
    if (word.includes(' ')) continue;
    const tags = Array.isArray(tag) ? tag.join(',') : String(tag);
    if (/FirstName|MaleName|FemaleName/.test(tags)) givenNames.add(word);
    else if (!/Person|LastName|Honorific/.test(tags)) commonWords.add(word);
  }
  // A word compromise knows as something else ("grace", "will") is no given name on its own.
  const lexicon = nameLexicon();
  for (const name of lexicon.names) if (!commonWords.has(name)) givenNames.add(name);
  // A family name that is also an English word ("Wang", "Long") still opens a name: the
  // words after it must not be common ones.
  return { givenNames, familyNamesFirst: new Set(lexicon.familyNamesFirst), commonWords };
}

const ORG_FILE = 'organizationPatterns.json';
const HEAD_POSITIONS: readonly HeadPosition[] = ['any', 'start', 'end', 'beforeCountry'];

function stringList(file: string, v: unknown, key: string): string[] {
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' || !x)) fail(file, `"${key}" must be an array of non-empty strings`);
  return v as string[];
}

/** A word-list entry `{ reason, words }` as a set of folded words. */
function wordSet(file: string, o: Record<string, unknown>, key: string): ReadonlySet<string> {
  const entry = o[key] as Record<string, unknown> | undefined;
  if (!entry || typeof entry !== 'object') fail(file, `"${key}" missing`);
  str(file, { id: key, ...entry }, 'reason');
  return new Set(stringList(file, entry.words, `${key}.words`).map(foldText));
}

/** A per-language entry `{ reason, en: [...], fr: [...] }` as folded sets, plus '*' merging them all. */
function wordsByLanguage(file: string, o: Record<string, unknown>, key: string, fold: (w: string) => string = foldText): Record<string, Set<string>> {
  const entry = o[key] as Record<string, unknown> | undefined;
  if (!entry || typeof entry !== 'object') fail(file, `"${key}" missing`);
  str(file, { id: key, ...entry }, 'reason');
  const out: Record<string, Set<string>> = { '*': new Set() };
  for (const [lang, words] of Object.entries(entry)) {
    if (lang === 'reason') continue;
    out[lang] = new Set(stringList(file, words, `${key}.${lang}`).map(fold));
    for (const w of out[lang]) out['*']!.add(w);
  }
  return out;
}

/** Head words by language; words listed under '*' belong to every language, and '*' holds them all. */
function organizationHeads(file: string, raw: unknown): { heads: Record<string, Map<string, OrganizationHead[]>>; headForms: Set<string> } {
  const listed: { lang: string; word: string; head: OrganizationHead }[] = [];
  const headForms = new Set<string>();
  for (const h of arrayOf(file, raw, 'heads')) {
    const id = str(file, h, 'id');
    const position = str(file, h, 'position') as HeadPosition;
    if (!HEAD_POSITIONS.includes(position)) fail(file, `head ${id}: unknown position ${position}`);
    const head: OrganizationHead = Object.freeze({ id, kind: str(file, h, 'kind'), position, tail: h.tail === true, reason: str(file, h, 'reason') });
    const words = h.words as Record<string, unknown> | undefined;
    if (!words || typeof words !== 'object') fail(file, `head ${id}: "words" missing`);
    for (const [lang, list] of Object.entries(words)) {
      for (const w of stringList(file, list, `${id}.words.${lang}`)) {
        listed.push({ lang, word: foldText(w), head });
        headForms.add(w.toLowerCase());
      }
    }
  }
  const out: Record<string, Map<string, OrganizationHead[]>> = { '*': new Map() };
  for (const { lang } of listed) if (lang !== '*') out[lang] ??= new Map();
  for (const { lang, word, head } of listed) {
    for (const key of lang === '*' ? Object.keys(out) : ['*', lang]) {
      const at = out[key]!.get(word) ?? [];
      if (!at.includes(head)) out[key]!.set(word, [...at, head]);
    }
  }
  return { heads: out, headForms };
}

function organizationCredits(file: string, raw: unknown): OrganizationCredit[] {
  return arrayOf(file, raw, 'credits').map((c) => {
    const id = str(file, c, 'id');
    const trail = typeof c.trail === 'string' ? new RegExp(checkSource(file, id, c.trail), 'uy') : null;
    const minLetters = c.minLetters === undefined ? 2 : Number(c.minLetters);
    if (!Number.isInteger(minLetters) || minLetters < 1) fail(file, `credit ${id}: "minLetters" must be a positive integer`);
    return Object.freeze({
      id, lang: str(file, c, 'lang'), kind: str(file, c, 'kind'), lowercase: c.lowercase === true, minLetters, reason: str(file, c, 'reason'),
      lead: new RegExp(checkSource(file, id, str(file, c, 'lead')), 'gu'), trail,
    });
  });
}

function organizationSeeds(file: string, raw: unknown): Pick<OrganizationPatterns, 'seedsByFirstWord' | 'seedByForm'> {
  const seedByForm = new Map<string, OrganizationSeed>();
  for (const s of arrayOf(file, raw, 'seeds')) {
    const seed: OrganizationSeed = Object.freeze({ id: str(file, s, 'id'), kind: str(file, s, 'kind'), reason: str(file, s, 'reason') });
    const forms = stringList(file, s.forms, `${seed.id}.forms`);
    for (const form of forms) {
      if (seedByForm.has(form)) fail(file, `seed form "${form}" is listed twice`);
      seedByForm.set(form, seed);
    }
    // Wires and bylines often write the name in capitals ("By XINHUA", "(EUROPA PRESS)").
    for (const form of forms) if (!seedByForm.has(form.toUpperCase())) seedByForm.set(form.toUpperCase(), seed);
  }
  const seedsByFirstWord = new Map<string, { form: string; seed: OrganizationSeed }[]>();
  for (const [form, seed] of [...seedByForm].sort((a, b) => b[0].length - a[0].length)) {
    const first = form.split(' ')[0]!;
    seedsByFirstWord.set(first, [...(seedsByFirstWord.get(first) ?? []), { form, seed }]);
  }
  return { seedsByFirstWord, seedByForm };
}

function organizationCues(file: string, raw: unknown): Record<string, MultiPattern<OrganizationCue>> {
  const items = arrayOf(file, raw, 'cues').map((c) => {
    const id = str(file, c, 'id');
    return { id, sources: [str(file, c, 'pattern')], entry: Object.freeze({ id, lang: str(file, c, 'lang'), kind: str(file, c, 'kind'), reason: str(file, c, 'reason') }) };
  });
  const out: Record<string, MultiPattern<OrganizationCue>> = {};
  for (const lang of [...new Set(items.map((c) => c.entry.lang)), '*']) {
    out[lang] = multi(file, items.filter((c) => lang === '*' || c.entry.lang === lang || c.entry.lang === '*'), 'gu', true);
  }
  return out;
}

/** Loads and checks ingest/rules/organizationPatterns.json. Throws on a bad file. */
function loadOrganizationPatterns(): OrganizationPatterns {
  const o = readJson(ORG_FILE);
  const pattern = (key: string): string => {
    const entry = o[key] as Record<string, unknown> | undefined;
    if (!entry || typeof entry !== 'object') fail(ORG_FILE, `"${key}" missing`);
    str(ORG_FILE, { id: key, ...entry }, 'reason');
    return checkSource(ORG_FILE, key, str(ORG_FILE, entry, 'pattern'));
  };
  const endings = wordsByLanguage(ORG_FILE, o, 'adjectiveEndings', (w) => w);
  const esc = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const adjectiveEnding: Record<string, RegExp> = {};
  for (const [lang, set] of Object.entries(endings)) adjectiveEnding[lang] = new RegExp(`(?:${[...set].map(esc).join('|')})$`, 'u');
  return Object.freeze({
    ...organizationHeads(ORG_FILE, o.heads),
    connectors: wordsByLanguage(ORG_FILE, o, 'connectors'),
    articles: wordSet(ORG_FILE, o, 'articles'),
    coordinators: wordSet(ORG_FILE, o, 'coordinators'),
    leadingWords: wordSet(ORG_FILE, o, 'leadingWords'),
    genericDeterminers: wordSet(ORG_FILE, o, 'genericDeterminers'),
    roleNouns: wordSet(ORG_FILE, o, 'roleNouns'),
    breakWords: wordSet(ORG_FILE, o, 'breakWords'),
    genericWords: wordSet(ORG_FILE, o, 'genericWords'),
    adjectiveEnding,
    tailPrepositions: wordsByLanguage(ORG_FILE, o, 'tailPrepositions'),
    acronym: new RegExp(`^(?:${pattern('acronym')})$`, 'u'),
    webDomain: new RegExp(`(?<![\\p{L}\\p{N}./@])(?:${pattern('webDomain')})(?![\\p{L}\\p{N}])`, 'gu'),
    credits: organizationCredits(ORG_FILE, o.credits),
    cues: organizationCues(ORG_FILE, o.cues),
    ...organizationSeeds(ORG_FILE, o.seeds),
  });
}

/** Loads and checks ingest/rules/*.json and compiles every regex once. Throws on a bad file. */
export function loadRules(): Rules {
  const officesFile = readJson('offices.json');
  const namesFile = readJson('names.json');
  const triggersFile = readJson('triggers.json');
  const cuesFile = readJson('cues.json');

  const rawTriggers = arrayOf('triggers.json', triggersFile.triggers, 'triggers');
  const languages = [...new Set(rawTriggers.map((t) => str('triggers.json', t, 'lang')))];

  const offices: { entry: Office; id: string; patterns: Record<string, string[]> }[] = arrayOf('offices.json', officesFile.offices, 'offices').map((o) => {
    const id = str('offices.json', o, 'id');
    const patterns = o.patterns as Record<string, string[]> | undefined;
    if (!patterns || typeof patterns !== 'object') fail('offices.json', `entry ${id}: "patterns" missing`);
    return {
      id,
      patterns,
      entry: Object.freeze({
        id,
        label: str('offices.json', o, 'label'),
        international: o.international === true,
        organization: typeof o.organization === 'string' ? o.organization : null,
        defaultCountry: typeof o.defaultCountry === 'string' ? o.defaultCountry : null,
        headOfState: o.headOfState === true,
        foreignMinister: o.foreignMinister === true,
        composedFromPortfolios: o.composedFromPortfolios === true,
        generic: o.generic === true,
        reporter: o.reporter === true,
        reason: str('offices.json', o, 'reason'),
      }),
    };
  });
  const officeMatchers: Record<string, MultiPattern<Office>> = {};
  for (const lang of [...languages, '*']) {
    officeMatchers[lang] = multi(
      'offices.json',
      offices.map((o) => ({ entry: o.entry, id: o.id, sources: lang === '*' ? Object.values(o.patterns).flat() : (o.patterns[lang] ?? []) })),
      'gu',
      true,
    );
  }
  const portfolios = arrayOf('offices.json', officesFile.portfolios, 'portfolios').map((p) => {
    const id = str('offices.json', p, 'id');
    const pats = p.patterns;
    if (!Array.isArray(pats) || !pats.length) fail('offices.json', `portfolio ${id}: "patterns" must be a non-empty array`);
    const src = (pats as string[]).map((s) => `(?:${checkSource('offices.json', id, s)})`).join('|');
    return Object.freeze({ id, label: str('offices.json', p, 'label'), regex: new RegExp(`^(?:${src})`, 'u') });
  });

  const honorificRules = cueList('names.json', namesFile.honorifics, 'honorifics', 'u');
  const anchorRules = cueList('names.json', namesFile.anchors, 'anchors', 'u');
  const strings = (v: unknown, key: string): string[] => {
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) fail('names.json', `"${key}" must be an array of strings`);
    return v as string[];
  };

  const rawTypes = triggersFile.types as Record<string, Record<string, unknown>> | undefined;
  if (!rawTypes) fail('triggers.json', '"types" missing');
  const types = {} as Record<Exclude<EventType, 'other'>, EventTypeCodes>;
  for (const t of ['meeting', 'visit', 'phone_call', 'agreement', 'summit'] as const) {
    const c = rawTypes[t];
    if (!c) fail('triggers.json', `type ${t} missing`);
    types[t] = Object.freeze({ plover: str('triggers.json', c, 'plover'), mode: typeof c.mode === 'string' ? c.mode : null, cameo: str('triggers.json', c, 'cameo'), priority: Number(c.priority ?? 0) });
  }
  const triggers = rawTriggers.map((t) => {
    const id = str('triggers.json', t, 'id');
    const type = str('triggers.json', t, 'type') as Trigger['type'];
    if (!(type in types)) fail('triggers.json', `entry ${id}: unknown type ${type}`);
    const strength = t.strength === 'weak' ? 'weak' : 'strong';
    return { id, sources: [str('triggers.json', t, 'pattern')], entry: Object.freeze({ id, type, lang: str('triggers.json', t, 'lang'), strength, reason: str('triggers.json', t, 'reason') }) as Trigger };
  });
  const triggerMatchers: Record<string, MultiPattern<Trigger>> = {};
  for (const lang of [...languages, '*']) {
    triggerMatchers[lang] = multi('triggers.json', triggers.filter((t) => lang === '*' || t.entry.lang === lang), 'giu');
  }

  const planned = arrayOf('cues.json', cuesFile.planned, 'planned') as unknown as RawPatterned[];
  const attendance = arrayOf('cues.json', cuesFile.attendance, 'attendance') as unknown as RawPatterned[];
  const separately = arrayOf('cues.json', cuesFile.separately, 'separately') as unknown as RawPatterned[];
  const jointly = arrayOf('cues.json', cuesFile.jointly, 'jointly') as unknown as RawPatterned[];
  const pairAnaphor = arrayOf('cues.json', cuesFile.pairAnaphor, 'pairAnaphor') as unknown as RawPatterned[];
  const visitBy = arrayOf('cues.json', cuesFile.visitBy, 'visitBy') as unknown as RawPatterned[];
  const companions = arrayOf('cues.json', cuesFile.companions, 'companions') as unknown as RawPatterned[];
  const respectively = arrayOf('cues.json', cuesFile.respectively, 'respectively') as unknown as RawPatterned[];
  const talksByState = arrayOf('cues.json', cuesFile.talksByState, 'talksByState') as unknown as RawPatterned[];
  const anaphoricSubject = arrayOf('cues.json', cuesFile.anaphoricSubject, 'anaphoricSubject') as unknown as RawPatterned[];
  const passing = arrayOf('cues.json', cuesFile.passing, 'passing') as unknown as RawPatterned[];
  const receivesGuest = arrayOf('cues.json', cuesFile.receivesGuest, 'receivesGuest') as unknown as RawPatterned[];
  const receivedBy = arrayOf('cues.json', cuesFile.receivedBy, 'receivedBy') as unknown as RawPatterned[];
  const preparation = arrayOf('cues.json', cuesFile.preparation, 'preparation') as unknown as RawPatterned[];
  for (const r of [...planned, ...passing, ...separately, ...jointly, ...pairAnaphor, ...visitBy, ...companions, ...respectively, ...talksByState, ...anaphoricSubject, ...receivesGuest, ...receivedBy, ...preparation]) checkSource('cues.json', r.id, String(r.pattern));
  const nonParticipant = cueList('cues.json', cuesFile.nonParticipant, 'nonParticipant');
  const setting = cueList('cues.json', cuesFile.setting, 'setting');
  const preps = cuesFile.locationPrepositions as Record<string, string> | undefined;
  if (!preps) fail('cues.json', '"locationPrepositions" missing');
  const locationPrepositions: Record<string, RegExp> = {};
  for (const [lang, src] of Object.entries(preps)) locationPrepositions[lang] = new RegExp(src, 'iu');
  locationPrepositions['*'] = new RegExp(Object.values(preps).map((s) => `(?:${s})`).join('|'), 'iu');

  const hosts = cuesFile.hostVerbs as Record<string, string> | undefined;
  if (!hosts) fail('cues.json', '"hostVerbs" missing');
  const hostVerbs: Record<string, RegExp> = {};
  for (const [lang, src] of Object.entries(hosts)) hostVerbs[lang] = new RegExp(src, 'iu');
  hostVerbs['*'] = new RegExp(Object.values(hosts).map((s) => `(?:${s})`).join('|'), 'iu');

  const nonDiplomatic = cueList('cues.json', cuesFile.nonDiplomatic, 'nonDiplomatic', 'giu');
  return Object.freeze({
    hostVerbs,
    offices: offices.map((o) => o.entry),
    actorSeniority: strings((officesFile.actorSeniority as Record<string, unknown> | undefined)?.ids, 'actorSeniority.ids'),
    nameArticles: strings((namesFile.nameArticles as Record<string, unknown> | undefined)?.words, 'nameArticles.words'),
    stateAfterName: new RegExp(`^(?:,?\\s+(?:${checkSource('names.json', 'stateAfterName', str('names.json', namesFile.stateAfterName as Record<string, unknown>, 'pattern'))})\\s+|\\s*\\(\\s*)`, 'iu'),
    adverb: new RegExp(checkSource('names.json', 'adverbs', str('names.json', namesFile.adverbs as Record<string, unknown>, 'pattern')), 'iu'),
    accreditedTo: new RegExp(`(?:^|\\s)${checkSource('names.json', 'accreditedTo', str('names.json', namesFile.accreditedTo as Record<string, unknown>, 'pattern'))}$`, 'iu'),
    titleReference: new RegExp(`(?:^|[\\s(])${checkSource('names.json', 'titleReference', str('names.json', namesFile.titleReference as Record<string, unknown>, 'pattern'))}\\s*$`, 'iu'),
    formerOffice: new RegExp(`(?<![\\p{L}])${checkSource('offices.json', 'formerMarker', str('offices.json', officesFile.formerMarker as Record<string, unknown>, 'pattern'))}(?:\\s+(?:\\p{L}+\\s+)?|(?<=-))$`, 'iu'),
    officeMatchers,
    portfolios,
    honorifics: multi('names.json', honorificRules.map((r) => ({ entry: r, id: r.id, sources: [r.regex.source] })), 'gu', true),
    anchors: multi('names.json', anchorRules.map((r) => ({ entry: r, id: r.id, sources: [r.regex.source] })), 'gu', true),
    particles: new Set(strings(namesFile.particles, 'particles')),
    patronymics: new Set(strings((namesFile.patronymics as Record<string, unknown> | undefined)?.words, 'patronymics.words')),
    nameJoiners: new Set(strings((namesFile.nameJoiners as Record<string, unknown> | undefined)?.words, 'nameJoiners.words')),
    namePrefixes: strings(namesFile.namePrefixes, 'namePrefixes'),
    stopwords: new Set(strings(namesFile.stopwords, 'stopwords')),
    titleEnds: new Set(strings((namesFile.titleEnds as Record<string, unknown> | undefined)?.words, 'titleEnds.words')),
    nameRegex: buildNameRegex(strings(namesFile.namePrefixes, 'namePrefixes'), strings(namesFile.particles, 'particles')),
    ...nameWords(),
    types: Object.freeze(types),
    triggerMatchers,
    planned: byLanguage(planned, languages, 'iu'),
    attendance: byLanguage(attendance, languages, 'iu'),
    separately: byLanguage(separately, languages, 'iu'),
    jointly: byLanguage(jointly, languages, 'iu'),
    pairAnaphor: byLanguage(pairAnaphor, languages, 'iu'),
    visitBy: byLanguage(visitBy, languages, 'iu'),
    respectively: byLanguage(respectively, languages, 'giu'),
    companions: byLanguage(companions, languages, 'giu'),
    talksByState: byLanguage(talksByState, languages, 'iu'),
    receivesGuest: byLanguage(receivesGuest, languages, 'iu'),
    receivedBy: byLanguage(receivedBy, languages, 'iu'),
    preparation: byLanguage(preparation, languages, 'iu'),
    anaphoricSubject: byLanguage(anaphoricSubject, languages, 'iu'),
    subjectState: new RegExp(checkSource('cues.json', 'subjectState', str('cues.json', cuesFile.subjectState as Record<string, unknown>, 'pattern')), 'iu'),
    passing: byLanguage(passing, languages, 'iu'),
    passingRules: cueList('cues.json', passing, 'passing'),
    nonDiplomatic,
    nonDiplomaticAll: multiWords('cues.json', nonDiplomatic, 'giu'),
    nonParticipant: new RegExp(nonParticipant.map((r) => `(?:${r.regex.source})`).join('|'), 'iu'),
    setting: new RegExp(setting.map((r) => `(?:${r.regex.source})`).join('|'), 'iu'),
    locationPrepositions,
    dateline: new RegExp(str('cues.json', cuesFile, 'datelineSeparator'), 'u'),
    datelineTitleCase: new RegExp(str('cues.json', cuesFile, 'datelineTitleCase'), 'u'),
    dateHint: new RegExp(checkSource('cues.json', 'dateHint', str('cues.json', cuesFile.dateHint as Record<string, unknown>, 'pattern')), 'iu'),
    dateHintAll: new RegExp(str('cues.json', cuesFile.dateHint as Record<string, unknown>, 'pattern'), 'giu'),
    languages,
    organizationPatterns: loadOrganizationPatterns(),
  });
}
