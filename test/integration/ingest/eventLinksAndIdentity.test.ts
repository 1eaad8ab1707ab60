import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import type { ExtractedEvent, ExtractedPerson } from '../../../src/domain/extraction.js';
import { checkGraph } from '../../../src/graph/checkGraph.js';
import { currentDriver } from '../../../src/graph/driver.js';
import { migrate } from '../../../src/graph/migrate.js';
import { runQuery } from '../../../src/graph/runQuery.js';
import { writeExtractions } from '../../../ingest/writer/writeExtractions.js';
import { useGraph } from '../../helpers/graph.js';
import { article, encounter, person } from '../../helpers/extractionFixtures.js';

// Fixtures written for these tests: extraction objects, no article text. The seed-like pair
// is a French report of the RU–ML ministers' talks dated "28 février" (--02-28) and an English
// wire report of the same talks dated "28 February".
const lavrovFr = person('Sergey Lavrov', 'RU', 'Minister of Foreign Affairs', ['Sergueï Lavrov']);
const lavrovEn = person('Sergei Lavrov', 'RU');
const diop = person('Abdoulaye Diop', 'ML', 'Minister of Foreign Affairs and International Cooperation');

async function counts(): Promise<Record<string, number>> {
  const rows = await runQuery('graph.counts', {});
  return Object.fromEntries(rows.map((r) => [`${r.kind}:${r.name}`, r.count]));
}

async function eventIds(): Promise<string[]> {
  return (await runQuery('events.ids-after', { after: null, limit: neo4j.int(100) })).map((r) => r.id);
}

/** The visit of `persons` on `date`, the talks held during it and one signing, as one article reports them. */
function stateVisit(date: string, persons: readonly ExtractedPerson[], linked = true): ExtractedEvent[] {
  const visit = encounter('visit', date, persons);
  const talks = { ...encounter('meeting', date, persons), ploverMode: null, cameo: '040', during: linked ? 0 : null };
  const signing = { ...encounter('agreement', date, persons), plover: 'AGREE', ploverMode: null, cameo: '057', during: linked ? 0 : null };
  return [visit, talks, signing];
}

describe('DURING links', () => {
  useGraph();

  it('links the talks and the signing to the visit, and writing it again changes nothing', async () => {
    const batch = [article('visit-1', { persons: [lavrovEn, diop], events: stateVisit('2025-03-10', [lavrovEn, diop]), published: '2025-03-11' })];
    const first = await writeExtractions(batch);
    expect(first).toMatchObject({ eventsCreated: 3, eventsMerged: 0 });
    const before = await counts();
    expect(before['node:Event']).toBe(3);
    expect(before['relationship:DURING']).toBe(2);
    const rows = await runQuery('events.visit-links', { ids: await eventIds() });
    const byParts = rows.find((r) => r.parts.length > 0);
    expect(byParts?.parts.map((p) => p.type).sort()).toEqual(['agreement', 'meeting']);
    expect(rows.filter((r) => r.during?.type === 'visit')).toHaveLength(2);

    expect(await writeExtractions(batch)).toMatchObject({ written: 0, unchanged: 1 });
    expect(await counts()).toEqual(before);
    // Derived again under a new extractor version that still links them: the same graph.
    const again = [article('visit-1', { persons: [lavrovEn, diop], events: stateVisit('2025-03-10', [lavrovEn, diop]), published: '2025-03-11', version: 'test-2' })];
    expect(await writeExtractions(again)).toMatchObject({ written: 1, rederived: 1 });
    expect(await counts()).toEqual(before);
    expect(await checkGraph()).toEqual([]);
  });

  it('keeps a link while another article supports it, and drops it when none does', async () => {
    const v1 = (version: string, linked: boolean) =>
      article('visit-1', { persons: [lavrovEn, diop], events: stateVisit('2025-03-10', [lavrovEn, diop], linked), version });
    const v2 = (version: string, linked: boolean) =>
      article('visit-2', { persons: [lavrovFr, diop], events: stateVisit('2025-03-10', [lavrovFr, diop], linked), language: 'fr', version });
    await writeExtractions([v1('test-1', true)]);
    expect(await writeExtractions([v2('test-1', true)])).toMatchObject({ eventsCreated: 0, eventsMerged: 3 });
    expect((await counts())['relationship:DURING']).toBe(2);

    // visit-1 no longer links them: visit-2 still does.
    await writeExtractions([v1('test-2', false)]);
    expect((await counts())['relationship:DURING']).toBe(2);
    // Neither does any more: the stale links go, the events stay.
    await writeExtractions([v2('test-2', false)]);
    const c = await counts();
    expect(c['relationship:DURING'] ?? 0).toBe(0);
    expect(c['node:Event']).toBe(3);
    expect(await checkGraph()).toEqual([]);
  });

  it('ignores a link to an event that is not a visit or out of range', async () => {
    const [visit, talks, signing] = stateVisit('2025-03-10', [lavrovEn, diop]) as [ExtractedEvent, ExtractedEvent, ExtractedEvent];
    const events = [visit, { ...talks, during: 2 }, { ...signing, during: 7 }];
    await writeExtractions([article('bad-links', { persons: [lavrovEn, diop], events })]);
    expect((await counts())['relationship:DURING'] ?? 0).toBe(0);
  });
});

describe('event identity across reports naming different participants', () => {
  useGraph();

  const seedLike = (date = '--02-28') =>
    article('fr-seed-like', { persons: [lavrovFr, diop], events: [encounter('meeting', date, [lavrovFr, diop])], language: 'fr', published: null });
  const wire = (persons: ExtractedPerson[], date: string, id = 'en-wire') =>
    article(id, { persons, events: [encounter('meeting', date, persons, ['ML', 'RU'])], published: null });

  it('makes one event of the French report and the English wire report of the same talks', async () => {
    await writeExtractions([seedLike()]);
    expect(await writeExtractions([wire([lavrovEn, diop], '--02-28')])).toMatchObject({ eventsCreated: 0, eventsMerged: 1 });
    const c = await counts();
    expect(c['node:Event']).toBe(1);
    expect(c['relationship:REPORTED_IN']).toBe(2);
    expect(c['node:Person']).toBe(2);
    expect(await checkGraph()).toEqual([]);
  });

  it('joins a report naming only one minister, with the year, and one naming no one', async () => {
    await writeExtractions([seedLike()]);
    expect(await writeExtractions([wire([lavrovEn], '2025-02-28', 'en-one-minister')])).toMatchObject({ eventsMerged: 1 });
    expect(await writeExtractions([wire([], '2025-02-28', 'en-no-one')])).toMatchObject({ eventsMerged: 1 });
    const c = await counts();
    expect(c['node:Event']).toBe(1);
    expect(c['relationship:REPORTED_IN']).toBe(3);
    expect(c['relationship:PARTICIPATED_IN']).toBe(2);
    const [relation] = await runQuery('relations.recompute', {});
    expect(relation).toMatchObject({ id: 'ML-RU', eventCount: 1, recomputedCount: 1, firstDate: '2025-02-28' });
    expect(await checkGraph()).toEqual([]);
  });

  it('joins the reports in either order, in one batch', async () => {
    const summary = await writeExtractions([wire([diop], '2025-02-28', 'en-diop-only'), seedLike(), wire([lavrovEn, diop], '--02-28')]);
    expect(summary).toMatchObject({ eventsCreated: 1, eventsMerged: 2 });
    expect((await counts())['node:Event']).toBe(1);
    expect(await checkGraph()).toEqual([]);
  });

  it('keeps two same-day meetings of the same countries with different officials apart', async () => {
    const egFm = person('Badr Abdelatty', 'EG');
    const iqPm = person('Mohammed Shia al-Sudani', 'IQ', 'Prime Minister');
    const iqFm = person('Fuad Hussein', 'IQ');
    await writeExtractions([article('eg-iq-1', { persons: [egFm, iqPm], events: [encounter('meeting', '2025-04-02', [egFm, iqPm])] })]);
    await writeExtractions([article('eg-iq-2', { persons: [egFm, iqFm], events: [encounter('meeting', '2025-04-02', [egFm, iqFm])] })]);
    expect((await counts())['node:Event']).toBe(2);
    // A report naming the Iraqi foreign minister alone joins his meeting, not the other.
    expect(await writeExtractions([article('eg-iq-3', { persons: [iqFm], events: [encounter('meeting', '2025-04-02', [iqFm], ['EG'])] })])).toMatchObject({
      eventsMerged: 1,
    });
    const c = await counts();
    expect(c['node:Event']).toBe(2);
    expect(c['relationship:PARTICIPATED_IN']).toBe(4);
    const [relation] = await runQuery('relations.recompute', {});
    expect(relation).toMatchObject({ id: 'EG-IQ', eventCount: 2, recomputedCount: 2 });
    expect(await checkGraph()).toEqual([]);
  });

  it('finds the events of a graph written before country keys once migrated', async () => {
    await writeExtractions([seedLike()]);
    // The graph as an earlier writer left it: events without a country key (fixed test text).
    await currentDriver().driver.executeQuery('MATCH (e:Event) REMOVE e.countryKey');
    await migrate();
    await writeExtractions([wire([lavrovEn], '2025-02-28', 'en-one-minister')]);
    expect((await counts())['node:Event']).toBe(1);
  });
});
