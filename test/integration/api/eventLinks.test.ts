import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ExtractedEvent } from '../../../src/domain/extraction.js';
import { checkGraph } from '../../../src/graph/checkGraph.js';
import { writeExtractions } from '../../../ingest/writer/writeExtractions.js';
import { createTestApi, diop, lavrov, type TestApi } from '../../helpers/apiGraph.js';
import { article, encounter } from '../../helpers/extractionFixtures.js';
import { useGraph } from '../../helpers/graph.js';

useGraph();
let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(async () => {
  await api.server.stop();
});

/**
 * A RU–ML state visit of 2025-03-10 with its talks and one signing (one article, three events
 * linked by DURING), an earlier meeting of the same ministers on 2024-02-28 and a phone call on
 * 2025-05-02: five events, three encounters.
 */
beforeEach(async () => {
  const visit = encounter('visit', '2025-03-10', [diop, lavrov]);
  const talks: ExtractedEvent = { ...encounter('meeting', '2025-03-10', [diop, lavrov]), cameo: '040', during: 0 };
  const signing: ExtractedEvent = { ...encounter('agreement', '2025-03-10', [diop, lavrov]), plover: 'AGREE', cameo: '057', during: 0 };
  await writeExtractions([
    article('state-visit', { persons: [diop, lavrov], events: [visit, talks, signing], published: '2025-03-11' }),
    article('earlier', { persons: [lavrov, diop], events: [encounter('meeting', '2024-02-28', [lavrov, diop])], published: '2024-03-01' }),
    article('call', { persons: [lavrov, diop], events: [encounter('phone_call', '2025-05-02', [lavrov, diop])], published: '2025-05-03' }),
  ]);
});

async function ok(query: string, onQuery?: (name: string) => void) {
  const result = await api.run(query, {}, onQuery ? { onQuery } : {});
  expect(result.errors).toBeUndefined();
  return result.data as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

describe('Event.during and Event.parts', () => {
  it('give the visit of its talks and signing, and the parts of the visit, in one query for a whole page', async () => {
    const names: string[] = [];
    const data = await ok(
      `{ meetings(filter: { pair: { a: "RU", b: "ML" } }, orderBy: DATE_ASC) { edges { node {
          id type date { value } during { id type } parts { type during { type } } } } } }`,
      (n) => names.push(n),
    );
    const nodes = data.meetings.edges.map((e: any) => e.node); // eslint-disable-line @typescript-eslint/no-explicit-any
    const visit = nodes.find((n: any) => n.type === 'VISIT'); // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(visit.during).toBeNull();
    expect(visit.parts.map((p: any) => p.type).sort()).toEqual(['AGREEMENT', 'MEETING']); // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(visit.parts.every((p: any) => p.during.type === 'VISIT')).toBe(true); // eslint-disable-line @typescript-eslint/no-explicit-any
    const talks = nodes.find((n: any) => n.type === 'MEETING' && n.date.value === '2025-03-10'); // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(talks.during).toEqual({ id: visit.id, type: 'VISIT' });
    expect(talks.parts).toEqual([]);
    const earlier = nodes.find((n: any) => n.date.value === '2024-02-28'); // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(earlier).toMatchObject({ during: null, parts: [] });
    // The page, then one batch of links for its five events (the parts are among them: their
    // own links come from the same batch).
    expect(names.sort()).toEqual(['events.visit-links', 'meetings.by-relation']);
  });

  it('answers on a single event', async () => {
    const list = await ok(`{ meetings(filter: { types: [AGREEMENT] }) { edges { node { id } } } }`);
    const id = list.meetings.edges[0].node.id;
    const data = await ok(`{ event(id: "${id}") { type during { type date { value } parts { type } } } }`);
    expect(data.event.during.type).toBe('VISIT');
    expect(data.event.during.date.value).toBe('2025-03-10');
    expect(data.event.during.parts.map((p: any) => p.type)).toEqual(['AGREEMENT', 'MEETING']); // eslint-disable-line @typescript-eslint/no-explicit-any
  });
});

describe('relation figures', () => {
  it('count a relation’s events per type and its encounters (events not during another)', async () => {
    const data = await ok(`{ bilateralRelation(a: "ML", b: "RU") { eventCount encounterCount countsByType { type count } } }`);
    expect(data.bilateralRelation).toEqual({
      eventCount: 5,
      encounterCount: 3,
      countsByType: [
        { type: 'MEETING', count: 2 },
        { type: 'AGREEMENT', count: 1 },
        { type: 'PHONE_CALL', count: 1 },
        { type: 'VISIT', count: 1 },
      ],
    });
    expect(await checkGraph()).toEqual([]);
  });

  it('count a country’s partners’ events per type and encounters in the period asked, batched', async () => {
    const names: string[] = [];
    const data = await ok(
      `{ country(code: "RU") {
          partners { eventCount encounterCount countsByType { type count } country { code } }
          since2025: partners(since: "2025-01-01", until: "2025-03-31") { eventCount encounterCount countsByType { type count } }
        }
        relations(first: 5) { edges { node { id encounterCount } } } }`,
      (n) => names.push(n),
    );
    const [all] = data.country.partners;
    expect(all).toMatchObject({ eventCount: 5, encounterCount: 3, country: { code: 'ML' } });
    expect(all.countsByType.reduce((n: number, t: { count: number }) => n + t.count, 0)).toBe(5);
    expect(data.country.since2025).toEqual([
      {
        eventCount: 3,
        encounterCount: 1,
        countsByType: [
          { type: 'AGREEMENT', count: 1 },
          { type: 'MEETING', count: 1 },
          { type: 'VISIT', count: 1 },
        ],
      },
    ]);
    expect(data.relations.edges).toEqual([{ node: { id: 'ML-RU', encounterCount: 3 } }]);
    // One figures query per period asked, whatever the number of partners and relations.
    expect(names.filter((n) => n === 'relations.figures')).toHaveLength(2);
  });
});
