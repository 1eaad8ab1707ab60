import { describe, expect, it } from 'vitest';
import { runQuery } from '../../../src/graph/runQuery.js';
import { writeExtractions } from '../../../ingest/writer/writeExtractions.js';
import { graphSnapshot, useGraph } from '../../helpers/graph.js';
import { article, encounter, person } from '../../helpers/extractionFixtures.js';

const lavrovFr = person('Sergueï Lavrov', 'RU');
const lavrovEn = person('Sergey Lavrov', 'RU');
const diop = person('Abdoulaye Diop', 'ML', 'Minister of Foreign Affairs and International Cooperation');

async function counts(): Promise<Record<string, number>> {
  const rows = await runQuery('graph.counts', {});
  return Object.fromEntries(rows.map((r) => [`${r.kind}:${r.name}`, r.count]));
}

describe('writeExtractions', () => {
  useGraph();

  it('writing the same batch twice changes no count', async () => {
    const batch = [
      article('a1', { persons: [lavrovEn, diop], events: [encounter('meeting', '2024-02-28', [lavrovEn, diop])], published: '2024-03-01' }),
      article('a2', { persons: [lavrovEn], events: [encounter('phone_call', '2024-05-02', [lavrovEn], ['TR'])], published: '2024-05-02' }),
    ];
    const first = await writeExtractions(batch);
    const before = await counts();
    const second = await writeExtractions(batch);
    expect(first.written).toBe(2);
    expect(second).toMatchObject({ written: 0, unchanged: 2 });
    expect(await counts()).toEqual(before);
    expect(before['node:Event']).toBe(2);
  });

  it('makes one event of a meeting reported in French and in English, with transliterated names', async () => {
    await writeExtractions([article('fr', { persons: [lavrovFr, diop], events: [encounter('meeting', '2024-02-28', [lavrovFr, diop])], language: 'fr', published: '2024-02-29' })]);
    const summary = await writeExtractions([
      article('en', { persons: [lavrovEn, diop], events: [encounter('meeting', '2024-02-29', [lavrovEn, diop])], published: '2024-03-01' }),
    ]);
    expect(summary).toMatchObject({ eventsCreated: 0, eventsMerged: 1 });
    const c = await counts();
    expect(c['node:Event']).toBe(1);
    expect(c['relationship:REPORTED_IN']).toBe(2);
    expect(c['node:Person']).toBe(2);
  });

  it('two batches written at once give the graph they give one after the other', async () => {
    // Twenty meetings, each reported in French in one batch and in English, dated a day later,
    // in the other: which event and which person id a report joins depends on what the graph
    // holds, so two transactions that both looked before either wrote would each create theirs.
    const day = (n: number) => new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
    const reports = (prefix: string, who: typeof lavrovEn, shift: number) =>
      Array.from({ length: 20 }, (_, i) =>
        article(`${prefix}${i}`, { persons: [who, diop], events: [encounter('meeting', day(5 * i + shift), [who, diop])], published: day(5 * i + 2) }),
      );
    const french = reports('fr', lavrovFr, 0);
    const english = reports('en', lavrovEn, 1);
    await writeExtractions(french);
    await writeExtractions(english);
    const oneAfterTheOther = await graphSnapshot();
    expect(oneAfterTheOther.counts).toMatchObject({ 'node:Event': 20, 'node:Person': 2 });

    await runQuery('graph.wipe', {});
    await Promise.all([writeExtractions(french), writeExtractions(english)]);
    expect(await graphSnapshot()).toEqual(oneAfterTheOther);
  });

  it('keeps apart a meeting of the same people two days later', async () => {
    await writeExtractions([article('d1', { persons: [lavrovEn, diop], events: [encounter('meeting', '2024-02-26', [lavrovEn, diop])] })]);
    await writeExtractions([article('d2', { persons: [lavrovEn, diop], events: [encounter('meeting', '2024-02-28', [lavrovEn, diop])] })]);
    expect((await counts())['node:Event']).toBe(2);
  });

  it('merges a yearless date only with a compatible one', async () => {
    await writeExtractions([article('y1', { persons: [lavrovEn, diop], events: [encounter('meeting', '--02-28', [lavrovEn, diop])] })]);
    await writeExtractions([article('y2', { persons: [lavrovEn, diop], events: [encounter('meeting', '2024-02-28', [lavrovEn, diop])] })]);
    await writeExtractions([article('y3', { persons: [lavrovEn, diop], events: [encounter('meeting', '2024-06-10', [lavrovEn, diop])] })]);
    expect((await counts())['node:Event']).toBe(2);
  });

  it('copies country, relation, topic and date onto INVOLVES, PART_OF and DISCUSSED edges, and the year once a report gives it', async () => {
    await writeExtractions([article('k1', { persons: [lavrovEn, diop], events: [encounter('meeting', '--02-28', [lavrovEn, diop])] })]);
    const c = await counts();
    expect([c['relationship:INVOLVES'], c['relationship:PART_OF'], c['relationship:DISCUSSED']]).toEqual([2, 1, 1]);
    expect(await runQuery('graph.edge-keys-check', {})).toEqual([]);
    await writeExtractions([article('k2', { persons: [lavrovEn, diop], events: [encounter('meeting', '2024-02-28', [lavrovEn, diop])] })]);
    expect((await counts())['node:Event']).toBe(1);
    expect(await runQuery('graph.edge-keys-check', {})).toEqual([]);
  });

  it('resolves "S. Jaishankar" to "Subrahmanyam Jaishankar" but keeps namesakes of other countries apart', async () => {
    const full = person('Subrahmanyam Jaishankar', 'IN');
    const short = person('S. Jaishankar', 'IN');
    const otherDiop = person('Abdoulaye Diop', 'SN', 'Minister of Finance');
    await writeExtractions([article('j1', { persons: [full, diop] })]);
    await writeExtractions([article('j2', { persons: [short, otherDiop] })]);
    const c = await counts();
    expect(c['node:Person']).toBe(3);
  });

  it('dates offices by the first and last articles that show them held, with their sources', async () => {
    await writeExtractions([article('o1', { persons: [diop], published: '2023-06-01' })]);
    await writeExtractions([article('o2', { persons: [diop], published: '2024-09-15' }), article('o3', { persons: [diop], published: '2024-01-20' })]);
    const [row] = await runQuery('persons.offices', { ids: ['abdoulaye-diop'] });
    expect(row?.offices).toHaveLength(1);
    expect(row?.offices[0]).toMatchObject({
      title: 'Minister of Foreign Affairs and International Cooperation',
      firstSeen: '2023-06-01',
      lastSeen: '2024-09-15',
      sourceCount: 3,
      country: { code: 'ML' },
    });
  });

  it('keeps relation figures equal to a recomputation from scratch as events arrive and merge', async () => {
    const wang = person('Wang Yi', 'CN');
    await writeExtractions([
      article('r1', { persons: [lavrovEn, diop], events: [encounter('meeting', '2023-05-01', [lavrovEn, diop])] }),
      article('r2', { persons: [lavrovEn, wang], events: [encounter('meeting', '2024-01-10', [lavrovEn, wang])] }),
    ]);
    await writeExtractions([
      article('r3', { persons: [lavrovEn, diop], events: [encounter('meeting', '2024-02-28', [lavrovEn, diop])] }),
      article('r4', { persons: [lavrovEn, diop], events: [encounter('meeting', '2024-02-28', [lavrovEn, diop])] }),
    ]);
    const rows = await runQuery('relations.recompute', {});
    expect(rows.map((r) => r.id)).toEqual(['CN-RU', 'ML-RU']);
    for (const r of rows) {
      expect(r.eventCount).toBe(r.recomputedCount);
      expect(r.firstDate).toBe(r.recomputedFirst);
      expect(r.lastDate).toBe(r.recomputedLast);
    }
    const mlru = rows.find((r) => r.id === 'ML-RU');
    expect(mlru).toMatchObject({ eventCount: 2, firstDate: '2023-05-01', lastDate: '2024-02-28' });
  });

  it('re-derives an article under a new extractor version without duplicating anything', async () => {
    const v1 = article('v', { persons: [lavrovEn, diop], events: [encounter('meeting', '2024-02-28', [lavrovEn, diop])], version: '1' });
    await writeExtractions([v1]);
    const before = await counts();
    const v2 = article('v', { persons: [lavrovEn, diop], events: [encounter('visit', '2024-02-28', [lavrovEn, diop])], version: '2' });
    const summary = await writeExtractions([v2]);
    expect(summary.rederived).toBe(1);
    const after = await counts();
    expect(after['node:Event']).toBe(1);
    expect(after['relationship:REPORTED_IN']).toBe(before['relationship:REPORTED_IN']);
    const [relation] = await runQuery('relations.recompute', {});
    expect(relation).toMatchObject({ id: 'ML-RU', eventCount: 1, recomputedCount: 1 });
  });
});

describe('writeReferenceData', () => {
  useGraph();

  it('writes the whole taxonomy and the organisations with their members, idempotently', async () => {
    const { loadGazetteer } = await import('../../../ingest/lexicons/loadGazetteer.js');
    const { writeReferenceData } = await import('../../../ingest/writer/writeReferenceData.js');
    const gazetteer = loadGazetteer();
    const first = await writeReferenceData(gazetteer);
    const before = await counts();
    await writeReferenceData(gazetteer);
    expect(await counts()).toEqual(before);
    expect(before['node:Topic']).toBe(first.topics);
    expect(before['node:Organization']).toBe(first.organizations);
    expect(first.topics).toBeGreaterThanOrEqual(40);
    expect(before['relationship:MEMBER_OF']).toBeGreaterThan(0);
  });
});
