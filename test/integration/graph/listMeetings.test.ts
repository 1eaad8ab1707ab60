import { beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_EVENT_FILTER, type EventFilter, type EventOrder } from '../../../src/domain/eventFilter.js';
import type { EventRecord } from '../../../src/domain/graphRecords.js';
import { apiRead, toInt } from '../../../src/graph/apiRead.js';
import { FEW_MATCHES, listMeetings } from '../../../src/graph/listMeetings.js';
import { writeExtractions } from '../../../ingest/writer/writeExtractions.js';
import { article, encounter, person } from '../../helpers/extractionFixtures.js';
import { useGraph } from '../../helpers/graph.js';

// A country's events come from the edge indexes, and events with no anchor from a walk of the
// date index, each in an order of its own (queries/meetings.by-country.cypher,
// meetings.by-date.cypher); these tests hold both paths to the public order:
// newest (or oldest, or most reported) first, unknown years last, ties by id, pages that
// neither overlap nor skip.
const lavrov = person('Sergey Lavrov', 'RU');
const counterparts = ['ML', 'FR', 'CN', 'US', 'DE', 'IN', 'TR', 'EG'].map((c) => person(`Minister Of ${c}`, c));
const [ml, fr, cn, us, de, india, tr, eg] = counterparts as [typeof lavrov, ...(typeof lavrov)[]];

describe('meetings of a country, and of no anchor', () => {
  useGraph();

  beforeEach(async () => {
    const meeting = (date: string | null, other: typeof lavrov) => encounter('meeting', date, [lavrov, other]);
    await writeExtractions([
      // Three events on one day and two on another: ties that pages must cut consistently.
      article('t1', { persons: [lavrov, ml!], events: [meeting('2024-03-01', ml!)] }),
      article('t2', { persons: [lavrov, fr!], events: [meeting('2024-03-01', fr!)] }),
      article('t3', { persons: [lavrov, cn!], events: [encounter('visit', '2024-03-01', [lavrov, cn!])] }),
      article('t4', { persons: [lavrov, us!], events: [meeting('2024-02-10', us!)] }),
      article('t5', { persons: [lavrov, de!], events: [meeting('2024-02-10', de!)] }),
      article('t6', { persons: [lavrov, india!], events: [meeting('2023-12-01', india!)] }),
      article('t7', { persons: [lavrov, india!], events: [meeting('2023-12-01', india!)] }),
      // Years unknown: last in every order.
      article('t8', { persons: [lavrov, tr!], events: [meeting('--05-05', tr!)] }),
      article('t9', { persons: [lavrov, eg!], events: [meeting('--07-07', eg!)] }),
      // Not Russia's.
      article('t10', { persons: [fr!, de!], events: [encounter('meeting', '2024-03-01', [fr!, de!])] }),
    ]);
  });

  const byDate = (order: EventOrder) => (a: EventRecord, b: EventRecord) => {
    if (order === 'ARTICLE_COUNT_DESC' && a.articleCount !== b.articleCount) return b.articleCount - a.articleCount;
    if ((a.sortDate === null) !== (b.sortDate === null)) return a.sortDate === null ? 1 : -1;
    if (a.sortDate !== b.sortDate) {
      const asc = (a.sortDate ?? '') < (b.sortDate ?? '') ? -1 : 1;
      return order === 'DATE_ASC' ? asc : -asc;
    }
    return a.id < b.id ? -1 : 1;
  };

  async function everyPage(filter: EventFilter, order: EventOrder, size: number): Promise<{ items: EventRecord[]; totals: number[] }> {
    const items: EventRecord[] = [];
    const totals: number[] = [];
    for (let offset = 0; offset < 20; offset += size) {
      const page = await listMeetings(filter, { offset, limit: size }, order, {});
      items.push(...page.items);
      totals.push(page.total);
      if (page.items.length < size) break;
    }
    return { items, totals };
  }

  it.each<[EventOrder, number]>([
    ['DATE_DESC', 2],
    ['DATE_DESC', 3],
    ['DATE_ASC', 2],
    ['ARTICLE_COUNT_DESC', 4],
  ])('orders %s and pages by %i without overlap or gap', async (order, size) => {
    const filter = { ...EMPTY_EVENT_FILTER, countries: ['RU'] };
    const { items, totals } = await everyPage(filter, order, size);
    expect(new Set(totals)).toEqual(new Set([8]));
    expect(items).toHaveLength(8);
    expect(new Set(items.map((e) => e.id)).size).toBe(8);
    expect(items).toEqual([...items].sort(byDate(order)));
    expect(items.slice(-2).map((e) => e.sortDate)).toEqual([null, null]);
  });

  it.each<[EventOrder, number]>([
    ['DATE_DESC', 2],
    ['DATE_ASC', 3],
    ['ARTICLE_COUNT_DESC', 4],
  ])('orders every event (no anchor: the date index walk) %s, paging by %i', async (order, size) => {
    const { items, totals } = await everyPage(EMPTY_EVENT_FILTER, order, size);
    expect(new Set(totals)).toEqual(new Set([9]));
    expect(new Set(items.map((e) => e.id)).size).toBe(9);
    expect(items).toEqual([...items].sort(byDate(order)));
    const visits = await everyPage({ ...EMPTY_EVENT_FILTER, types: ['visit'] }, order, 1);
    expect(visits.items.map((e) => e.type)).toEqual(['visit']);
    expect(visits.totals[0]).toBe(1);
  });

  // meetings.by-date finds the page of a type or status either by sorting its few matches or,
  // past FEW_MATCHES, by walking the date index: both must give the public order.
  it.each<[EventOrder, Partial<EventFilter>]>([
    ['DATE_DESC', { types: ['meeting'] }],
    ['DATE_ASC', { types: ['meeting'] }],
    ['DATE_DESC', { status: 'occurred' }],
    ['DATE_ASC', { types: ['meeting', 'visit'], status: 'occurred' }],
  ])('finds the page of a type or status (no period) %s %j by sorting few matches or by walking the index alike', async (order, criteria) => {
    const filter = { ...EMPTY_EVENT_FILTER, ...criteria };
    const expected = (await everyPage(EMPTY_EVENT_FILTER, order, 20)).items.filter(
      (e) => (filter.types.length === 0 || filter.types.includes(e.type)) && (filter.status === null || e.status === filter.status),
    );
    const pages = async (fewMatches: number) => {
      const ids: string[] = [];
      for (let offset = 0; offset < 12; offset += 3) {
        const rows = await apiRead('meetings.by-date', {
          anchorValues: [null], types: [...filter.types], status: filter.status, from: null, to: null, order,
          skip: toInt(offset), limit: toInt(3), withDetails: false, fewMatches: toInt(fewMatches),
        }, {});
        expect(rows[0]?.total).toBe(expected.length);
        ids.push(...(rows[0]?.items ?? []).map((e) => e.id));
      }
      return ids;
    };
    expect(expected.length).toBeGreaterThan(3);
    expect(await pages(FEW_MATCHES)).toEqual(expected.map((e) => e.id));
    expect(await pages(0)).toEqual(expected.map((e) => e.id));
  });

  it('keeps to the period, dropping events of unknown year, and to the other criteria', async () => {
    const inPeriod = await everyPage({ ...EMPTY_EVENT_FILTER, countries: ['RU'], from: '2024-01-01', to: '2024-02-29' }, 'DATE_DESC', 1);
    expect(inPeriod.items.map((e) => e.sortDate)).toEqual(['2024-02-10', '2024-02-10']);
    expect(inPeriod.totals[0]).toBe(2);
    const visits = await listMeetings({ ...EMPTY_EVENT_FILTER, countries: ['RU'], types: ['visit'] }, { offset: 0, limit: 10 }, 'DATE_DESC', {});
    expect(visits.total).toBe(1);
    expect(visits.items[0]?.type).toBe('visit');
    const pair = await listMeetings({ ...EMPTY_EVENT_FILTER, countries: ['FR', 'DE'] }, { offset: 0, limit: 10 }, 'DATE_DESC', {});
    expect(pair.total).toBe(1);
    const march = await everyPage({ ...EMPTY_EVENT_FILTER, from: '2024-03-01', to: '2024-03-31' }, 'DATE_ASC', 2);
    expect(march.items.map((e) => e.sortDate)).toEqual(['2024-03-01', '2024-03-01', '2024-03-01', '2024-03-01']);
    expect(march.totals[0]).toBe(4);
  });
});

// meetings.country-page reads a country's per-month tallies instead of its events (issue 14):
// every page, total and keyset walk must be what meetings.by-country, which reads the events
// themselves, gives for the same arguments, with periods and cursors that cut months in two.
describe('the meetings page of a country, from its per-month tallies', () => {
  useGraph();

  // 2023-11 … 2024-04, with ties on one day, both ends of a month and two events of unknown year.
  const DATES = [
    '2023-11-30', '2023-12-01', '2023-12-01', '2023-12-31', '2024-01-01', '2024-01-15', '2024-01-15', '2024-01-15',
    '2024-01-31', '2024-02-01', '2024-02-29', '2024-03-10', '2024-03-10', '2024-04-30', '--05-05', '--07-07',
  ];
  const lavrov = person('Sergey Lavrov', 'RU');

  beforeEach(async () => {
    await writeExtractions(DATES.map((d, i) => {
      const other = person(`Minister Number ${i}`, ['ML', 'FR', 'CN'][i % 3]!);
      return article(`cp${i}`, { persons: [lavrov, other], events: [encounter(i % 4 ? 'meeting' : 'visit', d, [lavrov, other])] });
    }));
  });

  type After = { sortDate: string | null; id: string } | null;
  const page = async (query: 'meetings.country-page' | 'meetings.by-country', c: { from: string | null; to: string | null; order: EventOrder }, skip: number, limit: number, afterKey: After) => {
    const common = { anchorValues: ['RU'], from: c.from, to: c.to, order: c.order, skip: toInt(skip), limit: toInt(limit), afterKey, withDetails: false };
    const rows = query === 'meetings.country-page'
      ? await apiRead(query, common, {})
      : await apiRead(query, { ...common, countries: [], relation: null, person: null, organization: null, topic: null, types: [], status: null }, {});
    return { total: rows[0]?.total, items: (rows[0]?.items ?? []).map((e) => ({ sortDate: e.sortDate, id: e.id })) };
  };

  const cases = [
    { from: null, to: null },
    { from: '2024-01-01', to: '2024-02-29' },
    { from: '2023-12-01', to: '2024-03-10' },
    { from: '2024-01-15', to: null },
    { from: null, to: '2024-01-15' },
    { from: '2025-01-01', to: '2025-12-31' },
  ].flatMap((p) => (['DATE_DESC', 'DATE_ASC'] as const).map((order) => ({ ...p, order })));

  it.each(cases)('gives by-country’s pages for %j, by keyset and by offset', async (c) => {
    const everything = await page('meetings.by-country', c, 0, 100, null);
    expect(everything.items.length).toBe(everything.total);
    for (const size of [1, 3, 7]) {
      let after: After = null;
      const walked: NonNullable<After>[] = [];
      for (let n = 0; n < 20; n++) {
        const mine = await page('meetings.country-page', c, 0, size, after);
        expect(mine).toEqual(await page('meetings.by-country', c, 0, size, after));
        walked.push(...mine.items);
        if (mine.items.length < size) break;
        after = mine.items[mine.items.length - 1]!;
      }
      expect(walked).toEqual(everything.items);
      for (const skip of [0, 2, 9]) expect(await page('meetings.country-page', c, skip, size, null)).toEqual(await page('meetings.by-country', c, skip, size, null));
    }
  });

  it('answers a country with no events, and a cursor outside the period', async () => {
    const c = { from: '2024-01-01', to: '2024-01-31', order: 'DATE_DESC' as const };
    expect((await apiRead('meetings.country-page', { anchorValues: ['BR'], from: null, to: null, order: 'DATE_DESC', skip: toInt(0), limit: toInt(5), afterKey: null, withDetails: false }, {}))[0])
      .toMatchObject({ total: 0, items: [] });
    for (const afterKey of [{ sortDate: '2024-03-10', id: 'zzz' }, { sortDate: '2023-06-01', id: '' }, { sortDate: null, id: '' }]) {
      expect(await page('meetings.country-page', c, 0, 4, afterKey)).toEqual(await page('meetings.by-country', c, 0, 4, afterKey));
    }
  });
});
