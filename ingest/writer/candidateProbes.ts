import type { CandidateProbe } from '../../src/graph/catalog/ingestQueries.js';

const DAY_MS = 86_400_000;
const FULL = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-\d{2}$/;
const YEAR = /^\d{4}$/;

/** Which stored dates a report's date may join: exact values, prefixes, or any (`scan`). */
export interface DateProbe {
  readonly days: readonly string[];
  readonly prefixes: readonly string[];
  readonly scan: boolean;
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The month-days within a day of this one, counted in a leap year and round the new year, as datesCompatible counts them. */
function nearMonthDays(monthDay: string): string[] {
  const t = Date.parse(`2000-${monthDay}T00:00:00Z`);
  return [-1, 0, 1].map((d) => isoDay(t + d * DAY_MS).slice(5));
}

/**
 * Every stored date that datesCompatible can find compatible with a report's `date`, which
 * events.candidates keeps of a key's events: a full date keeps the dates a day either side,
 * the same month-days without a year, and its month and year; a month keeps the dates of that
 * month and its year; a year the dates of that year. A yearless month-day may join any year
 * and an undated report only undated events: those keep every event of their key (`scan`).
 */
export function dateProbe(date: string | null): DateProbe {
  if (date !== null && FULL.test(date) && !Number.isNaN(Date.parse(date))) {
    const t = Date.parse(`${date}T00:00:00Z`);
    const days = [-1, 0, 1].map((d) => isoDay(t + d * DAY_MS));
    return { days: [...days, ...nearMonthDays(date.slice(5)).map((md) => `--${md}`), date.slice(0, 7), date.slice(0, 4)], prefixes: [], scan: false };
  }
  if (date !== null && MONTH.test(date)) return { days: [date.slice(0, 4)], prefixes: [date], scan: false };
  if (date !== null && YEAR.test(date)) return { days: [], prefixes: [date], scan: false };
  return { days: [], prefixes: [], scan: true };
}

/** Whether events.candidates keeps an event whose date is `stored` for this probe (its WHERE, in code, for tests). */
export function probeAdmits(probe: DateProbe, stored: string | null): boolean {
  return probe.scan || (stored !== null && (probe.days.includes(stored) || probe.prefixes.some((p) => stored.startsWith(p))));
}

/** The probes of events.candidates for reports under one kind of key: one per key, its reports' probes united. */
export function candidateProbes(reports: readonly { key: string | null; date: string | null }[]): CandidateProbe[] {
  const byKey = new Map<string, { days: Set<string>; prefixes: Set<string>; scan: boolean }>();
  // A batch's reports share few dates: each date's probe is worked out once (date arithmetic
  // per report was a tenth of the writer's planning).
  const probes = new Map<string | null, DateProbe>();
  for (const { key, date } of reports) {
    if (key === null) continue;
    let probe = probes.get(date);
    if (!probe) probes.set(date, (probe = dateProbe(date)));
    const entry = byKey.get(key) ?? { days: new Set<string>(), prefixes: new Set<string>(), scan: false };
    for (const d of probe.days) entry.days.add(d);
    for (const p of probe.prefixes) entry.prefixes.add(p);
    entry.scan ||= probe.scan;
    byKey.set(key, entry);
  }
  return [...byKey].map(([key, p]) => ({ key, days: [...p.days], prefixes: [...p.prefixes], scan: p.scan }));
}
