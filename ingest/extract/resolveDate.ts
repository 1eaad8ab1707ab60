import * as chrono from 'chrono-node';
import type { DatePrecision } from '../../src/domain/extraction.js';
import type { Rules } from '../rules/loadRules.js';
import { escapeRegExp } from '../rules/escapeRegExp.js';

/** A date found in a span of text, resolved honestly against the publication date. */
export interface FoundDate {
  /** "YYYY-MM-DD" or "--MM-DD". */
  readonly date: string;
  readonly precision: DatePrecision;
  /** Offset of the date expression in the text it was parsed from. */
  readonly index: number;
  readonly text: string;
}

/**
 * Parsers that only read times of day or durations ahead ("at 10 am", "within 3 days"): a
 * meeting's date never comes from them, and each costs as much as a date parser on every call.
 */
const TIME_ONLY_PARSER = /TimeExpression|TimeUnitWithin|TimeUnitLater|CasualTime|SpecificTime|TimeUnitCasualRelative/;

/**
 * A copy of a chrono configuration without time-only parsers and without duplicates, whose
 * parsers keep their first compiled pattern: chrono rebuilds a parser's RegExp whenever the
 * parser hands back a new pattern object, which most do on every call, and none of the ones kept
 * depends on the call's options.
 */
function datesOnly(config: chrono.Chrono): chrono.Chrono {
  const copy = config.clone();
  const seen = new Set<string>();
  copy.parsers = copy.parsers.filter((p) => {
    const name = p.constructor.name;
    if (TIME_ONLY_PARSER.test(name) || seen.has(name)) return false;
    seen.add(name);
    return true;
  });
  for (const parser of copy.parsers as unknown as { innerPatternHasChange?: unknown }[]) {
    if (typeof parser.innerPatternHasChange === 'function') parser.innerPatternHasChange = () => false;
  }
  return copy;
}

const PARSERS: Readonly<Record<string, chrono.Chrono>> = { fr: datesOnly(chrono.fr.casual), en: datesOnly(chrono.en.casual), es: datesOnly(chrono.es.casual) };
// A fixed reference instant keeps the extractor pure: without a publication date only the
// components the text states are used, never the reference's.
const NO_REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));
const DAY = 86_400_000;

const pad = (n: number): string => String(n).padStart(2, '0');
const iso = (d: Date): string => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** The regexes built on cues.json "dayPairJoiners" (see there why these words), compiled once per rule set. */
interface DayJoins {
  /**
   * Two days of one month joined by a conjunction ("les 5 et 6 juin", "June 5 and 6", "del 5 al 6
   * de junio"): chrono reads such a pair as the second day alone, a range as its first.
   */
  readonly dayPair: RegExp;
  /** Each pair word's range word, padded to the pair word's length so that offsets hold. */
  readonly rangeWord: ReadonlyMap<string, string>;
  /** What joins two weekdays of one stay ("Friday and Saturday", "vendredi et samedi", "el viernes y el sábado"). */
  readonly weekdayJoiner: RegExp;
  /**
   * The first day of a stay written before its last one with words between that the rewrite
   * leaves ("entre el lunes 3 y jueves 6 de junio", "du 3 au jeudi 6 juin").
   */
  readonly firstDayBefore: RegExp;
}


const dayJoinsOf = new WeakMap<Rules, DayJoins>();

/** The day joins of a rule set, compiled on first use and kept with it. */
function dayJoins(rules: Rules): DayJoins {
  let joins = dayJoinsOf.get(rules);
  if (!joins) {
    const pairs = rules.dayPairJoiners;
    // A stay's first and last day are joined by a pair word or by the range word it stands for.
    const stayJoiner = `(?:${[...new Set([...pairs.keys(), ...pairs.values()])].join('|')})`;
    // An article before the last day of a stay ("el viernes y el sábado"): organizationPatterns.json "articles".
    const dayArticle = `(?:(?:${[...rules.organizationPatterns.articles].map(escapeRegExp).join('|')})\\s+)?`;
    joins = {
      dayPair: new RegExp(String.raw`\b(\d{1,2}) (${[...pairs.keys()].join('|')}) (?=\d{1,2}(?: de)? \p{L}|\d{1,2},? \d{4})`, 'gu'),
      rangeWord: new Map([...pairs].map(([pair, range]) => [pair, range.padEnd(pair.length)])),
      weekdayJoiner: new RegExp(String.raw`^,?\s+${stayJoiner}\s+${dayArticle}$`, 'u'),
      firstDayBefore: new RegExp(String.raw`(?<!\d)(\d{1,2})(?:er|st|nd|rd|th)?\s+(?:${stayJoiner}|-|–)\s+${dayArticle}(?:\p{L}+\s+)?$`, 'u'),
    };
    dayJoinsOf.set(rules, joins);
  }
  return joins;
}

const relativeDaysOf = new WeakMap<Rules, RegExp>();

/** The words of cues.json "relativeDays" as one regex, longest first, compiled once per rule set. */
function relativeDayWords(rules: Rules): RegExp {
  let regex = relativeDaysOf.get(rules);
  if (!regex) {
    const words = [...rules.relativeDays.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
    regex = new RegExp(String.raw`(?<![\p{L}\p{N}-])(?:${words.join('|')})(?![\p{L}\p{N}-])`, 'giu');
    relativeDaysOf.set(rules, regex);
  }
  return regex;
}

/** The days `span` names by their distance from the publication ("hier", "anteayer"). */
function relativeDates(span: string, pub: Date, rules: Rules): FoundDate[] {
  const words = relativeDayWords(rules);
  const out: FoundDate[] = [];
  words.lastIndex = 0;
  for (let m = words.exec(span); m; m = words.exec(span)) {
    const offset = rules.relativeDays.get(m[0].toLowerCase()) ?? 0;
    out.push({ date: iso(new Date(pub.getTime() + offset * DAY)), precision: 'day', index: m.index, text: m[0] });
  }
  return out;
}

/**
 * The days `span` names without their month ("le 7 courant", "on the 7th", "el día 7"): the
 * publication's month when that day has come by publication, else the month before (for what is
 * announced, the month after when the day is past). A day the month cannot hold gives nothing.
 */
function daysOfMonth(span: string, language: string | null, pub: Date, planned: boolean, rules: Rules): FoundDate[] {
  const cue = rules.dayOfMonth[language ?? ''];
  if (!cue) return [];
  const out: FoundDate[] = [];
  cue.lastIndex = 0;
  for (let m = cue.exec(span); m; m = cue.exec(span)) {
    const day = Number.parseInt(m[0], 10);
    const today = pub.getUTCDate();
    const shift = planned ? (day < today ? 1 : 0) : day > today ? -1 : 0;
    const date = new Date(Date.UTC(pub.getUTCFullYear(), pub.getUTCMonth() + shift, day, 12));
    if (day >= 1 && date.getUTCDate() === day) out.push({ date: iso(date), precision: 'day', index: m.index, text: m[0] });
  }
  return out;
}

/** `span` with each day pair rewritten as a range of the same length, for the parser. */
function dayPairsAsRanges(span: string, joins: DayJoins): string {
  return span.replace(joins.dayPair, (_all, day: string, pair: string) => `${day} ${joins.rangeWord.get(pair) ?? pair} `);
}

function firstDayBefore(span: string, index: number, day: number, joins: DayJoins): { day: number; index: number } | null {
  const from = Math.max(0, index - 30);
  const m = joins.firstDayBefore.exec(span.slice(from, index));
  const first = m ? Number(m[1]) : NaN;
  return m && first >= 1 && first < day ? { day: first, index: from + m.index } : null;
}

/** The year that puts a day and month on or before the publication (after it when `planned`). */
function yearOf(pub: Date, month: number, day: number, planned: boolean): number {
  let y = pub.getUTCFullYear();
  const at = (yy: number): number => Date.UTC(yy, month - 1, day, 12);
  if (!planned && at(y) > pub.getTime()) y--;
  if (planned && at(y) < pub.getTime() - DAY) y++;
  return y;
}

/** Parses an ISO publication date ("2024-03-02" or a date-time) to noon UTC, or null. */
export function publicationInstant(published: string | null): Date | null {
  const m = published ? /^(\d{4})-(\d{2})-(\d{2})/.exec(published) : null;
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12)) : null;
}

/**
 * Every usable date in `span`, in text order. Day+month+year: that day. Day+month: the year
 * that puts it on or before the publication date (after it when `planned`), else "--MM-DD".
 * A weekday alone: the nearest such day on or before publication (on or after it when planned:
 * "este viernes" in Friday's paper is that day),
 * else nothing. Month or year alone: nothing (DESIGN: never a guessed date). Without a
 * publication date, a relative expression with no number ("today") gives nothing. The words
 * that join the days of a stay and the days named by their distance from publication come from
 * `rules` (cues.json "dayPairJoiners", "relativeDays").
 */
export function findDates(span: string, language: string | null, published: string | null, planned: boolean, rules: Rules): FoundDate[] {
  const joins = dayJoins(rules);
  const parser = PARSERS[language ?? ''] ?? (PARSERS.en as chrono.Chrono);
  const pub = publicationInstant(published);
  let results: chrono.ParsedResult[];
  try {
    results = parser.parse(dayPairsAsRanges(span, joins), { instant: pub ?? NO_REFERENCE, timezone: 0 });
  } catch {
    return [];
  }
  // A day named without its month ("el día 7"), unless the parser reads a month with it.
  const monthless = pub ? daysOfMonth(span, language, pub, planned, rules).filter((d) => !results.some((r) => r.start.isCertain('month') && r.index < d.index + d.text.length && d.index < r.index + r.text.length)) : [];
  const relative = pub ? [...relativeDates(span, pub, rules), ...monthless] : [];
  // Pushed into a literal rather than spread: an empty spread is an array of small integers that
  // the first date would turn into another kind, under code optimised for the one it had.
  const out: FoundDate[] = [];
  out.push(...relative);
  // "on Tuesday (May 25)", "mardi (25 mai)": the day written in brackets after a weekday is its
  // date, surer than the weekday counted from the publication.
  const bracketed = new Set(results.filter((r) => r.start.isCertain('day') && r.start.isCertain('month') && /\(\s*$/u.test(span.slice(Math.max(0, r.index - 3), r.index))).map((r) => r.index));
  let previous: chrono.ParsedResult | undefined;
  for (const r of results) {
    const end = r.index + r.text.length;
    const weekdayOnly = !r.start.isCertain('day') && r.start.isCertain('weekday');
    // "on Friday and Saturday", "el viernes y el sábado": a stay is dated by its first day.
    const secondOfPair = weekdayOnly && previous !== undefined && !previous.start.isCertain('day') && previous.start.isCertain('weekday') && joins.weekdayJoiner.test(span.slice(previous.index + previous.text.length, r.index));
    previous = r;
    if (secondOfPair) continue;
    // "avant-hier", read by the parser as "hier": the relative days are dated above.
    if (relative.some((d) => d.index < end && r.index < d.index + d.text.length)) continue;
    if (!r.start.isCertain('day') && [...bracketed].some((at) => at > end && /^\s*\(\s*$/u.test(span.slice(end, at)))) continue;
    // "today", "aujourd'hui", "ce lundi": relative to a publication date the article lacks.
    if (!pub && !/\d/u.test(r.text)) continue;
    // The expression as written (the day pairs were rewritten for the parser).
    const said = span.slice(r.index, r.index + r.text.length);
    const c = r.start;
    const day = c.isCertain('day') ? c.get('day') : null;
    const month = c.isCertain('month') ? c.get('month') : null;
    const year = c.isCertain('year') ? c.get('year') : null;
    const weekday = c.isCertain('weekday') ? c.get('weekday') : null;
    const stay = day && month ? firstDayBefore(span, r.index, day, joins) : null;
    if (stay && month) {
      const m = month;
      const dated = (y: number | null): string => (y ? `${y}-${pad(m)}-${pad(stay.day)}` : `--${pad(m)}-${pad(stay.day)}`);
      const y = year ?? (pub ? yearOf(pub, m, stay.day, planned) : null);
      out.push({ date: dated(y), precision: y ? 'day' : 'month-day', index: stay.index, text: span.slice(stay.index, r.index + r.text.length) });
    } else if (day && month && year) {
      out.push({ date: `${year}-${pad(month)}-${pad(day)}`, precision: 'day', index: r.index, text: said });
    } else if (day && month) {
      if (pub) {
        out.push({ date: `${yearOf(pub, month, day, planned)}-${pad(month)}-${pad(day)}`, precision: 'day', index: r.index, text: said });
      } else {
        out.push({ date: `--${pad(month)}-${pad(day)}`, precision: 'month-day', index: r.index, text: said });
      }
    } else if (weekday !== null && weekday !== undefined && pub) {
      const diff = planned ? (weekday - pub.getUTCDay() + 7) % 7 : -((pub.getUTCDay() - weekday + 7) % 7);
      out.push({ date: iso(new Date(pub.getTime() + diff * DAY)), precision: 'day', index: r.index, text: said });
    }
  }
  return relative.length ? out.sort((a, b) => a.index - b.index) : out;
}
