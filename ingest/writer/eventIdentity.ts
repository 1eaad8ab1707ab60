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

/**
 * Finds the existing event (from the graph or earlier in the batch) that a report joins,
 * or null when it is a new encounter.
 */
export function findSameEvent(mergeKey: string, date: string | null, candidates: readonly EventCandidate[]): EventCandidate | null {
  return candidates.find((c) => c.mergeKey === mergeKey && datesCompatible(c.date, date)) ?? null;
}

/** The date to sort and filter by: a full date when the year is known, else null. */
export function sortDate(date: string | null): string | null {
  if (date === null) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  if (/^\d{4}-\d{2}$/.test(date)) return `${date}-01`;
  if (/^\d{4}$/.test(date)) return `${date}-01-01`;
  return null;
}
