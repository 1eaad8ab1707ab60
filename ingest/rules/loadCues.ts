import { asciiFirstLookarounds } from './asciiFirstClass.js';
import { checkedPattern, checkSource, fastBoundaries } from './checkSource.js';
import { cueList } from './cueList.js';
import { ruleRegExp } from './foldCase.js';
import { multiWords } from './multiPattern.js';
import { arrayOf, fail, readJson, str } from './ruleJson.js';
import type { CueRule, FixedVenue, Rules } from './rules.js';

const FILE = 'cues.json';

interface RawPatterned {
  id: string;
  /** "past": a cue of an encounter recalled from the past, which an announcement may mention as background. */
  recalls?: string;
  reason?: string;
  pattern?: string;
  lang?: string;
}

/** Cue lists compiled into one regex per language, with their flags, in the order they are read. */
const PER_LANGUAGE = [
  ['planned', 'iu'],
  ['attendance', 'iu'],
  ['separately', 'iu'],
  ['jointly', 'iu'],
  ['pairAnaphor', 'iu'],
  ['visitBy', 'iu'],
  ['visitOfSubject', 'iu'],
  ['nextDay', 'iu'],
  ['dayBefore', 'iu'],
  ['invitedToVisit', 'iu'],
  ['followingOn', 'iu'],
  ['companions', 'giu'],
  ['respectively', 'giu'],
  ['talksByState', 'iu'],
  ['bothEncounters', 'iu'],
  ['anaphoricSubject', 'iu'],
  ['leaderTitle', 'iu'],
  ['passing', 'iu'],
  ['receivesGuest', 'iu'],
  ['receivedBy', 'iu'],
  ['preparation', 'iu'],
  ['background', 'iu'],
  ['talksSubject', 'iu'],
  ['setAside', 'iu'],
  ['guestBook', 'iu'],
  ['demonymCapital', 'iu'],
  ['arrivedHome', 'iu'],
  ['arrival', 'iu'],
  ['hereAtDateline', 'iu'],
  ['dayOfMonth', 'giu'],
  ['posting', 'iu'],
  ['returnTrip', 'iu'],
  ['tookPlace', 'iu'],
  ['welcomeOnArrival', 'iu'],
  ['gatheringHeld', 'iu'],
  ['collectiveSubject', 'iu'],
  ['otherDate', 'iu'],
] as const;
type PerLanguageKey = (typeof PER_LANGUAGE)[number][0];

/** The lists whose patterns are checked: all but "attendance" (it never was). */
const CHECKED: readonly PerLanguageKey[] = PER_LANGUAGE.map(([key]) => key).filter((key) => key !== 'attendance');

/** The part of Rules that cues.json makes. */
export type CueRules = Pick<
  Rules,
  | PerLanguageKey | 'hostVerbs' | 'subjectState' | 'envoysOf' | 'principalOf' | 'withState' | 'afterGathering' | 'passingRules' | 'passingAhead' | 'nonDiplomatic' | 'nonDiplomaticAll' | 'nonParticipant' | 'setting' | 'fixedVenues'
  | 'locationPrepositions' | 'pageDate' | 'dateline' | 'datelineTitleCase' | 'dateHint' | 'dateHintAll' | 'dayPairJoiners' | 'relativeDays'
>;

/**
 * Loads and checks ingest/rules/cues.json: status, setting, location and date cues, the
 * per-language ones compiled for each of `languages` and '*'. Throws on a bad file.
 */
export function loadCues(languages: readonly string[]): CueRules {
  const json = readJson(FILE);
  const lists = perLanguageLists(json);
  const nonParticipant = cueList(FILE, json.nonParticipant, 'nonParticipant');
  const setting = cueList(FILE, json.setting, 'setting');
  const locationPrepositions = regexPerLanguage(json, 'locationPrepositions');
  const hostVerbs = regexPerLanguage(json, 'hostVerbs');
  const nonDiplomatic = cueList(FILE, json.nonDiplomatic, 'nonDiplomatic', 'giu');
  const dateHint = json.dateHint as Record<string, unknown>;
  return {
    hostVerbs,
    ...(Object.fromEntries(PER_LANGUAGE.map(([key, flags]) => [key, byLanguage(lists[key], languages, flags)])) as Record<PerLanguageKey, Record<string, RegExp>>),
    subjectState: new RegExp(checkedPattern(FILE, json, 'subjectState'), 'iu'),
    envoysOf: new RegExp(checkedPattern(FILE, json, 'envoysOf'), 'iu'),
    principalOf: new RegExp(checkedPattern(FILE, json, 'principalOf'), 'u'),
    withState: new RegExp(checkedPattern(FILE, json, 'withState'), 'iu'),
    afterGathering: new RegExp(checkedPattern(FILE, json, 'afterGathering'), 'iu'),
    passingRules: cueList(FILE, lists.passing, 'passing'),
    passingAhead: byLanguage(lists.passing.filter((r) => r.recalls !== 'past'), languages, 'iu'),
    nonDiplomatic,
    nonDiplomaticAll: multiWords(FILE, nonDiplomatic, 'giu'),
    nonParticipant: byReach(json.nonParticipant, nonParticipant),
    setting: alternation(setting),
    fixedVenues: fixedVenues(json.fixedVenues),
    locationPrepositions,
    pageDate: new RegExp(str(FILE, (json.pageDate ?? {}) as Record<string, unknown>, 'pattern'), 'u'),
    dateline: new RegExp(str(FILE, json, 'datelineSeparator'), 'u'),
    datelineTitleCase: new RegExp(str(FILE, json, 'datelineTitleCase'), 'u'),
    // The scan for date cues reads every position of every trigger sentence: its word bounds test
    // ASCII inline (asciiFirstLookarounds).
    dateHint: new RegExp(asciiFirstLookarounds(checkedPattern(FILE, json, 'dateHint')), 'iu'),
    dateHintAll: new RegExp(asciiFirstLookarounds(str(FILE, dateHint, 'pattern')), 'giu'),
    dayPairJoiners: dayPairJoiners(json.dayPairJoiners),
    relativeDays: relativeDays(json.relativeDays),
  };
}

/** Reads every per-language list, then checks their patterns. */
function perLanguageLists(json: Record<string, unknown>): Record<PerLanguageKey, RawPatterned[]> {
  const lists = Object.fromEntries(PER_LANGUAGE.map(([key]) => [key, arrayOf(FILE, json[key], key) as unknown as RawPatterned[]])) as Record<PerLanguageKey, RawPatterned[]>;
  for (const r of CHECKED.flatMap((key) => lists[key])) checkSource(FILE, r.id, String(r.pattern));
  return lists;
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

/** An entry `{ en: source, fr: source, … }` as a regex per language, plus '*' alternating them all. */
function regexPerLanguage(json: Record<string, unknown>, key: string): Record<string, RegExp> {
  const entry = json[key] as Record<string, string> | undefined;
  if (!entry) fail(FILE, `"${key}" missing`);
  const sources = Object.fromEntries(Object.entries(entry).filter(([k]) => k !== "about"));
  const out: Record<string, RegExp> = {};
  for (const [lang, src] of Object.entries(sources)) out[lang] = ruleRegExp(src, 'iu');
  out['*'] = ruleRegExp(Object.values(sources).map((s) => `(?:${s})`).join('|'), 'iu');
  return out;
}

/** The entries of a table that comes with its reason: cues.json `{ "reason": …, "<field>": { word: value } }`. */
function reasonedTable(raw: unknown, key: string, field: string): [string, unknown][] {
  const entry = (raw ?? {}) as Record<string, unknown>;
  str(FILE, { id: key, ...entry }, 'reason');
  const table = entry[field] as Record<string, unknown> | undefined;
  if (!table || typeof table !== 'object') fail(FILE, `"${key}.${field}" must be an object`);
  return Object.entries(table);
}

/**
 * The words that join two days of one month, each mapped to the range word the date parser reads
 * in its place. Letters only (they go into a regex as they are), and the range word no longer than
 * the pair word: the rewrite must keep every offset.
 */
function dayPairJoiners(raw: unknown): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  for (const [pair, range] of reasonedTable(raw, 'dayPairJoiners', 'joiners')) {
    if (typeof range !== 'string' || !/^\p{L}+$/u.test(pair) || !/^\p{L}+$/u.test(range) || range.length > pair.length) {
      fail(FILE, `dayPairJoiners: "${pair}" must map to a word of letters no longer than it`);
    }
    out.set(pair, range);
  }
  return out;
}

/** Days named by their distance from the publication date ("hier": -1), each a whole number of days. */
function relativeDays(raw: unknown): ReadonlyMap<string, number> {
  const out = new Map<string, number>();
  for (const [words, offset] of reasonedTable(raw, 'relativeDays', 'days')) {
    if (!Number.isInteger(offset) || !/^[\p{L}' -]+$/u.test(words)) fail(FILE, `relativeDays: "${words}" must map to a whole number of days`);
    out.set(words.toLowerCase(), offset as number);
  }
  return out;
}

/** Gatherings always held in one city, each with the city's gazetteer id. */
function fixedVenues(raw: unknown): FixedVenue[] {
  const entries = arrayOf(FILE, raw, 'fixedVenues');
  return cueList(FILE, raw, 'fixedVenues').map((rule, i) => ({ id: rule.id, regex: rule.regex, reason: rule.reason, city: str(FILE, entries[i] as Record<string, unknown>, 'city') }));
}

/** Characters before a name a non-participant cue is read over, unless the cue sets its own `reach`. */
const DEFAULT_REACH = 60;

/** Non-participant cues in one alternation per reach, nearest first: most cues sit right before the name. */
function byReach(raw: unknown, rules: readonly CueRule[]): { regex: RegExp; reach: number }[] {
  const reaches = arrayOf(FILE, raw, 'nonParticipant').map((o) => (typeof o.reach === 'number' ? o.reach : DEFAULT_REACH));
  return [...new Set(reaches)].sort((a, b) => a - b).map((reach) => ({ reach, regex: alternation(rules.filter((_, i) => reaches[i] === reach)) }));
}

/** The rules' regexes in one case-insensitive alternation, whose capitals stay capitals (see foldCase). */
function alternation(rules: readonly CueRule[]): RegExp {
  return ruleRegExp(rules.map((r) => `(?:${r.regex.source})`).join('|'), 'iu');
}
