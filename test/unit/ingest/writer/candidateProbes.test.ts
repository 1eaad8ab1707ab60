import { describe, expect, it } from 'vitest';
import { candidateProbes, dateProbe, probeAdmits } from '../../../../ingest/writer/candidateProbes.js';
import { datesCompatible } from '../../../../ingest/writer/eventIdentity.js';

// events.candidates reads only the events its probes admit; the writer then decides with
// datesCompatible. The probes must admit every stored date datesCompatible accepts, or a report
// would miss the event it joins: checked on every pair of a set of dates of every precision
// around the edges of months, of February in leap and common years, and of the year.
const DAY = 86_400_000;
const days = (from: string, n: number) => Array.from({ length: n }, (_, i) => new Date(Date.parse(from) + i * DAY).toISOString().slice(0, 10));
const full = [...days('2023-02-24', 10), ...days('2024-02-24', 10), ...days('2023-12-27', 10), ...days('2024-06-28', 5)];
const dates: (string | null)[] = [
  ...new Set([...full, ...full.map((d) => `--${d.slice(5)}`), ...full.map((d) => d.slice(0, 7)), ...full.map((d) => d.slice(0, 4)), null]),
];

describe('candidate probes', () => {
  it('admit every stored date compatible with the report date', () => {
    const missed: string[] = [];
    for (const report of dates) {
      const probe = dateProbe(report);
      for (const stored of dates) if (datesCompatible(stored, report) && !probeAdmits(probe, stored)) missed.push(`${stored} for ${report}`);
    }
    expect(missed).toEqual([]);
  });

  it.each([
    ['2024-03-01', ['2024-02-29', '2024-03-01', '2024-03-02', '--02-29', '--03-01', '--03-02', '2024-03', '2024'], []],
    ['2024-02', ['2024'], ['2024-02']],
    ['2024', [], ['2024']],
  ])('bound a dated report %s to the dates it may join', (date, seek, prefixes) => {
    expect(dateProbe(date)).toEqual({ days: seek, prefixes, scan: false });
  });

  it.each([null, '--02-28'])('keep every event of the key for %s (it may join any year, or only undated events)', (date) => {
    expect(dateProbe(date).scan).toBe(true);
  });

  it('unite the probes of one key and skip reports without one', () => {
    const probes = candidateProbes([
      { key: 'k', date: '2024' },
      { key: 'k', date: null },
      { key: null, date: '2024' },
      { key: 'j', date: '2024-02' },
    ]);
    expect(probes).toEqual([
      { key: 'k', days: [], prefixes: ['2024'], scan: true },
      { key: 'j', days: ['2024'], prefixes: ['2024-02'], scan: false },
    ]);
  });
});
