import { sha256 } from '../../src/domain/ids.js';
import type { EventCandidate } from '../../src/graph/catalog/ingestQueries.js';

/**
 * The key under which reports of one real-world encounter meet: its type and its
 * participants (resolved person ids), or its countries when no person is named.
 */
export function eventMergeKey(type: string, personIds: readonly string[], countries: readonly string[]): string {
  const who = personIds.length > 0 ? 'p:' + [...new Set(personIds)].sort().join(',') : 'c:' + [...new Set(countries)].sort().join(',');
  return `${type}|${who}`;
}

const DAY_MS = 86_400_000;

function monthDay(date: string): string | null {
  const m = /^(?:\d{4}|-)-(\d{2})-(\d{2})$/.exec(date);
  return m ? `${m[1]}-${m[2]}` : null;
}

function dayDistanceIgnoringYear(a: string, b: string): number {
  // Compare within a leap year so that Feb 29 exists; wrap around the new year.
  const t = (md: string) => Date.parse(`2000-${md}T00:00:00Z`);
  const d = Math.abs(t(a) - t(b)) / DAY_MS;
  return Math.min(d, 366 - d);
}

/**
 * Whether two reported dates can be the same encounter: within a day when both are full
 * dates; same day (±1) of the year when one lacks its year; same month for month
 * precision; an undated report matches only an undated event.
 */
export function datesCompatible(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  const fullA = /^\d{4}-\d{2}-\d{2}$/.test(a);
  const fullB = /^\d{4}-\d{2}-\d{2}$/.test(b);
  if (fullA && fullB) return Math.abs(Date.parse(a) - Date.parse(b)) <= DAY_MS;
  const mdA = monthDay(a);
  const mdB = monthDay(b);
  if (mdA && mdB) return dayDistanceIgnoringYear(mdA, mdB) <= 1;
  // Month or year precision on one side: the coarser must contain the finer.
  const coarse = a.length <= b.length ? a : b;
  const fine = coarse === a ? b : a;
  return !coarse.startsWith('-') && fine.startsWith(coarse);
}

/** A new event's id: stable for the same key and date, so re-ingesting yields the same id. */
export function newEventId(mergeKey: string, date: string | null): string {
  return 'ev-' + sha256(`${mergeKey}@${date ?? ''}`).slice(0, 20);
}

/** A report's countries as events carry them: upper-case ISO-2 codes, each once, sorted. */
export function reportCountries(codes: readonly string[]): string[] {
  return [...new Set(codes.map((c) => c.toUpperCase()))].filter((c) => /^[A-Z]{2}$/.test(c)).sort();
}

/**
 * The key under which reports of one encounter that name different people still meet: its
 * type and its countries (sorted ISO codes). Stored on each event as `countryKey`.
 */
export function eventCountryKey(type: string, countries: readonly string[]): string {
  return `${type}|c:${[...new Set(countries)].sort().join(',')}`;
}

/** One report of an encounter, as the writer resolved it, to be matched against known events. */
export interface EventReport {
  readonly mergeKey: string;
  readonly countryKey: string;
  /** Resolved person ids of the participants it names (none when it names no one). */
  readonly personIds: readonly string[];
  readonly date: string | null;
}

/**
 * Whether two sets of participants can belong to one encounter: one names no one, or one
 * names only some of the other's. Two sets that each name someone the other does not (the
 * same minister meeting two different counterparts that day) are different encounters.
 */
export function participantsCompatible(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  const setA = new Set(a);
  const setB = new Set(b);
  return a.every((id) => setB.has(id)) || b.every((id) => setA.has(id));
}

/**
 * Finds the existing event (from the graph or earlier in the batch) that a report joins, or
 * null when it is a new encounter. First the event with the same merge key (type and the same
 * participants, or the same countries when no one is named) and a compatible date; else the
 * one event of the same type and countries, compatible date and compatible participants (a
 * report naming some of the people another names in full, or none of them). When several
 * events qualify that way the report cannot say which encounter it is, and stays its own.
 */
export function findSameEvent(report: EventReport, candidates: readonly EventCandidate[]): EventCandidate | null {
  const exact = candidates.find((c) => c.mergeKey === report.mergeKey && datesCompatible(c.date, report.date));
  if (exact) return exact;
  const related = candidates.filter(
    (c) => c.countryKey === report.countryKey && datesCompatible(c.date, report.date) && participantsCompatible(c.personIds, report.personIds),
  );
  const ids = new Set(related.map((c) => c.id));
  return ids.size === 1 ? (related[0] ?? null) : null;
}

/** The date to sort and filter by: a full date when the year is known, else null. */
export function sortDate(date: string | null): string | null {
  if (date === null) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  if (/^\d{4}-\d{2}$/.test(date)) return `${date}-01`;
  if (/^\d{4}$/.test(date)) return `${date}-01-01`;
  return null;
}

/**
 * The events a batch can join, looked up by merge key and country key: findSameEvent only
 * considers events sharing one of the two, so giving it those alone (in the order they were
 * added) gives its answer without scanning every event of the batch for every report.
 */
export function eventCandidateIndex(initial: readonly EventCandidate[]): {
  add: (c: EventCandidate) => void;
  near: (report: EventReport) => EventCandidate[];
} {
  const order = new Map<EventCandidate, number>();
  const byKey = new Map<string, EventCandidate[]>();
  const file = (key: string, c: EventCandidate) => {
    const list = byKey.get(key);
    if (list) list.push(c);
    else byKey.set(key, [c]);
  };
  const add = (c: EventCandidate) => {
    order.set(c, order.size);
    file(`m\u0000${c.mergeKey}`, c);
    file(`c\u0000${c.countryKey}`, c);
  };
  initial.forEach(add);
  const near = (report: EventReport) => {
    const found = new Set([...(byKey.get(`m\u0000${report.mergeKey}`) ?? []), ...(byKey.get(`c\u0000${report.countryKey}`) ?? [])]);
    return [...found].sort((a, b) => (order.get(a) as number) - (order.get(b) as number));
  };
  return { add, near };
}
