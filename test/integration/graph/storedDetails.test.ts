import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import type { EventDetailsTuple } from '../../../src/graph/catalog/apiQueries.js';
import { checkGraph } from '../../../src/graph/checkGraph.js';
import { currentDriver } from '../../../src/graph/driver.js';
import { listMeetings } from '../../../src/graph/listMeetings.js';
import { loadEventDetails, parseStoredDetails } from '../../../src/graph/loadEventDetails.js';
import { migrate } from '../../../src/graph/migrate.js';
import { runQuery } from '../../../src/graph/runQuery.js';
import { checkStoredDetails, refreshAllDetails } from '../../../src/graph/storedDetails.js';
import { writeExtractions } from '../../../ingest/writer/writeExtractions.js';
import type { ExtractedArticle } from '../../../ingest/writer/planBatch.js';
import { EMPTY_EVENT_FILTER } from '../../../src/domain/eventFilter.js';
import { article, encounter, person } from '../../helpers/extractionFixtures.js';
import { useGraph } from '../../helpers/graph.js';

/** Every event's stored details, by event id (null: none stored). */
async function storedDetails(): Promise<Map<string, EventDetailsTuple | null>> {
  const ids = (await runQuery('events.ids-after', { after: null, limit: neo4j.int(1000) })).map((r) => r.id);
  const rows = await runQuery('events.details', { ids });
  return new Map(rows.map((r) => [r.id, r.detailsJson === null ? null : parseStoredDetails(r.detailsJson)]));
}

async function onlyStoredDetails(): Promise<EventDetailsTuple> {
  const all = [...(await storedDetails()).values()];
  expect(all).toHaveLength(1);
  expect(all[0]).not.toBeNull();
  return all[0]!;
}

// Damage of the kind an old or buggy writer would leave (fixed test text, not user input).
const damage = (cypher: string) => currentDriver().driver.executeQuery(cypher);

/** The same article with another name for its place or its topic. */
function renaming(a: ExtractedArticle, names: { place?: string; topic?: string }): ExtractedArticle {
  const x = a.extraction;
  return {
    ...a,
    extraction: {
      ...x,
      places: x.places.map((p) => ({ ...p, name: names.place ?? p.name })),
      topics: x.topics.map((t) => ({ ...t, label: names.topic ?? t.label })),
    },
  };
}

describe('stored event details (Event.detailsJson, the read model the API serves)', () => {
  useGraph();

  const lavrov = person('Sergey Lavrov', 'RU');
  const diop = person('Abdoulaye Diop', 'ML');

  it('are stored with every written event, equal to a fresh derivation', async () => {
    await writeExtractions([
      article('s1', { persons: [lavrov, diop], events: [encounter('meeting', '2024-02-28', [lavrov, diop])], published: '2024-02-29' }),
      article('s2', { persons: [lavrov, diop], events: [encounter('visit', '2024-06-10', [lavrov, diop])] }),
    ]);
    const stored = await storedDetails();
    expect(stored.size).toBe(2);
    for (const details of stored.values()) {
      const [, participants, countries, place, topics, sources] = details!;
      expect(participants.map((p) => [p[1], p[5]])).toEqual([['Sergey Lavrov', 'host'], ['Abdoulaye Diop', 'guest']]);
      expect(countries.map((c) => c[0])).toEqual(['ML', 'RU']);
      expect(place?.[1]).toBe('Moscow');
      expect(topics.map((t) => t[0])).toEqual(['energy']);
      expect(sources).toHaveLength(1);
    }
    expect(await checkStoredDetails()).toEqual([]);
  });

  // Each batch renames one thing and writes no event: only that name can reach the earlier event.
  const longerLavrov = person('Sergey Viktorovich Lavrov', 'RU');
  it.each([
    ['person', article('r2', { persons: [longerLavrov] }), (d: EventDetailsTuple) => [d[1][0]?.[1], d[1][0]?.[2]], ['Sergey Viktorovich Lavrov', ['Sergey Lavrov']]],
    ['place', renaming(article('r2', {}), { place: 'Moskva' }), (d: EventDetailsTuple) => d[3]?.[1], 'Moskva'],
    ['topic', renaming(article('r2', {}), { topic: 'Energy and oil' }), (d: EventDetailsTuple) => d[4][0]?.[1], 'Energy and oil'],
  ] as const)('of earlier events follow a later batch that renames their %s', async (_, renamingBatch, shown, expected) => {
    await writeExtractions([article('r1', { persons: [lavrov, diop], events: [encounter('meeting', '2024-02-28', [lavrov, diop])] })]);
    await writeExtractions([renamingBatch]);
    expect(shown(await onlyStoredDetails())).toEqual(expected);
    expect(await checkStoredDetails()).toEqual([]);
  });

  it('of earlier events follow the taxonomy when writeReferenceData relabels their topic', async () => {
    const { loadGazetteer } = await import('../../../ingest/lexicons/loadGazetteer.js');
    const { writeReferenceData } = await import('../../../ingest/writer/writeReferenceData.js');
    await writeExtractions([renaming(article('t1', { persons: [lavrov, diop], events: [encounter('meeting', '2024-02-28', [lavrov, diop])] }), { topic: 'old label' })]);
    expect((await onlyStoredDetails())[4][0]?.[1]).toBe('old label');
    await writeReferenceData(loadGazetteer());
    const [, label, labelFr] = (await onlyStoredDetails())[4][0] ?? [];
    expect([label, labelFr]).toEqual(['energy', expect.stringMatching(/^énergie/i)]);
    expect(await checkStoredDetails()).toEqual([]);
  });

  it('of an event another article also reports lose the source of an article derived again without it', async () => {
    const meeting = encounter('meeting', '2024-02-28', [lavrov, diop]);
    await writeExtractions([article('d1', { persons: [lavrov, diop], events: [meeting] }), article('d2', { persons: [lavrov, diop], events: [meeting] })]);
    expect((await onlyStoredDetails())[5].map((s) => s[0]).sort()).toEqual(['d1', 'd2']);
    await writeExtractions([article('d2', { persons: [lavrov, diop], events: [], version: 'test-2' })]);
    expect((await onlyStoredDetails())[5].map((s) => s[0])).toEqual(['d1']);
    expect(await checkStoredDetails()).toEqual([]);
  });

  it('missing from events an older writer wrote are derived by the API meanwhile, then stored by db migrate', async () => {
    await writeExtractions([article('m1', { persons: [lavrov, diop], events: [encounter('meeting', '2024-02-28', [lavrov, diop])] })]);
    const [id] = [...(await storedDetails()).keys()];
    await damage('MATCH (e:Event) REMOVE e.detailsJson');
    expect(await checkStoredDetails()).toEqual([`1 event(s) with no stored details; \`diplograph db migrate\` stores them (first: ${id})`]);

    // The meetings page leaves such an event to the loader, which derives its details.
    const page = await listMeetings({ ...EMPTY_EVENT_FILTER, countries: ['ML'] }, { offset: 0, limit: 5 }, 'DATE_DESC', {}, true);
    expect(page.items.map((e) => 'details' in e)).toEqual([false]);
    const [loaded] = await loadEventDetails([id!], {});
    expect(loaded?.participants.map((p) => p.person.name)).toEqual(['Sergey Lavrov', 'Abdoulaye Diop']);

    expect((await migrate()).eventDetails).toBe(1);
    expect((await migrate()).eventDetails).toBe(0);
    expect(await checkStoredDetails()).toEqual([]);
    const stored = await listMeetings({ ...EMPTY_EVENT_FILTER, countries: ['ML'] }, { offset: 0, limit: 5 }, 'DATE_DESC', {}, true);
    expect(stored.items[0]).toHaveProperty('details.participants', loaded?.participants);
  });

  it('that drift from the graph, edited by hand, are named by db check and derived again by db refresh-details', async () => {
    await writeExtractions([article('c1', { persons: [lavrov, diop], events: [encounter('meeting', '2024-02-28', [lavrov, diop])] })]);
    const [id] = [...(await storedDetails()).keys()];
    await damage("MATCH (p:Person {id: 'abdoulaye-diop'}) SET p.name = 'A. Diop'");
    expect(await checkGraph()).toEqual([
      `1 event(s) whose stored details disagree with the graph; \`diplograph db refresh-details\` derives them again (first: ${id})`,
    ]);
    expect(await refreshAllDetails()).toBe(1);
    expect((await onlyStoredDetails())[1].map((p) => p[1])).toContain('A. Diop');
    expect(await checkGraph()).toEqual([]);
  });
});
