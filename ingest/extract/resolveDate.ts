import * as chrono from 'chrono-node';
import type { DatePrecision } from '../../src/domain/extraction.js';

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

/**
 * Two days of one month joined by a conjunction ("les 5 et 6 juin", "June 5 and 6", "del 5 al 6
 * de junio") name a stay that began on the first: chrono reads such a pair as the second day
 * alone, a range as its first. The joiner is rewritten as a range of the same length, so offsets hold.
 */
const DAY_PAIR = /\b(\d{1,2})( (?:et|and|y|al) )(?=\d{1,2}(?: de)? \p{L}|\d{1,2},? \d{4})/gu;
const RANGE_JOINER: Readonly<Record<string, string>> = { ' et ': ' au ', ' and ': ' to  ', ' y ': ' a ', ' al ': ' a  ' };

function dayPairsAsRanges(span: string): string {
  return span.replace(DAY_PAIR, (_all, day: string, joiner: string) => day + (RANGE_JOINER[joiner] ?? joiner));
}

/** What joins the first day of a stay to its last, in the three languages, and an article after it. */
const STAY_JOINER = String.raw`(?:and|et|y|to|au|al|a)`;
const DAY_ARTICLE = String.raw`(?:(?:el|le|the)\s+)?`;

/** What joins two weekdays of one stay ("Friday and Saturday", "vendredi et samedi", "el viernes y el sábado"). */
const WEEKDAY_JOINER = new RegExp(String.raw`^,?\s+${STAY_JOINER}\s+${DAY_ARTICLE}$`, 'u');

/**
 * The first day of a stay written before its last one with words between that the rewrite above
 * leaves ("entre el lunes 3 y jueves 6 de junio", "du 3 au jeudi 6 juin").
 */
const FIRST_DAY_BEFORE = new RegExp(String.raw`(?<!\d)(\d{1,2})(?:er|st|nd|rd|th)?\s+(?:${STAY_JOINER}|-|–)\s+${DAY_ARTICLE}(?:\p{L}+\s+)?$`, 'u');

function firstDayBefore(span: string, index: number, day: number): { day: number; index: number } | null {
  const from = Math.max(0, index - 30);
  const m = FIRST_DAY_BEFORE.exec(span.slice(from, index));
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
 * publication date, a relative expression with no number ("today") gives nothing.
 */
export function findDates(span: string, language: string | null, published: string | null, planned: boolean): FoundDate[] {
  const parser = PARSERS[language ?? ''] ?? (PARSERS.en as chrono.Chrono);
  const pub = publicationInstant(published);
  let results: chrono.ParsedResult[];
  try {
    results = parser.parse(dayPairsAsRanges(span), { instant: pub ?? NO_REFERENCE, timezone: 0 });
  } catch {
    return [];
  }
  const out: FoundDate[] = [];
  // "on Tuesday (May 25)", "mardi (25 mai)": the day written in brackets after a weekday is its
  // date, surer than the weekday counted from the publication.
  const bracketed = new Set(results.filter((r) => r.start.isCertain('day') && r.start.isCertain('month') && /\(\s*$/u.test(span.slice(Math.max(0, r.index - 3), r.index))).map((r) => r.index));
  let previous: chrono.ParsedResult | undefined;
  for (const r of results) {
    const end = r.index + r.text.length;
    const weekdayOnly = !r.start.isCertain('day') && r.start.isCertain('weekday');
    // "on Friday and Saturday", "el viernes y el sábado": a stay is dated by its first day.
    const secondOfPair = weekdayOnly && previous !== undefined && !previous.start.isCertain('day') && previous.start.isCertain('weekday') && WEEKDAY_JOINER.test(span.slice(previous.index + previous.text.length, r.index));
    previous = r;
    if (secondOfPair) continue;
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
    const stay = day && month ? firstDayBefore(span, r.index, day) : null;
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
    } else if (pub && !month && !weekday && c.isCertain('day') === false && /^(?:hier|yesterday|ayer)$/iu.test(r.text.trim())) {
      out.push({ date: iso(new Date(pub.getTime() - DAY)), precision: 'day', index: r.index, text: said });
    }
  }
  return out;
}
