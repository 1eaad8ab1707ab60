import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { useGraph } from '../../helpers/graph.js';
import { createTestApi, seedSmallGraph, type TestApi } from '../../helpers/apiGraph.js';

useGraph();
let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(async () => {
  await api.server.stop();
});
beforeEach(async () => {
  await seedSmallGraph();
});

async function ok(query: string, variables: Record<string, unknown> = {}) {
  const result = await api.run(query, variables);
  expect(result.errors).toBeUndefined();
  return result.data as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

const EVENT_FIELDS = `id type status title sortDate date { value precision year month day } articleCount
  participants { role side person { id name aliases offices { title firstSeen lastSeen country { code } } } country { code } }
  countries { side country { code name } } place { id name country { code } } topics { id label }
  sources { quote start end article { id title published language } } plover ploverMode cameo confidence`;

describe('meetings', () => {
  it('lists events newest first, undated years last, with totalCount and cursors', async () => {
    const data = await ok(`{ meetings { totalCount edges { cursor node { type date { value precision } } } pageInfo { hasNextPage endCursor } } }`);
    const nodes = data.meetings.edges.map((e: any) => e.node); // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(data.meetings.totalCount).toBe(4);
    expect(nodes.map((n: any) => n.type)).toEqual(['PHONE_CALL', 'MEETING', 'AGREEMENT', 'VISIT']); // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(nodes[3].date).toEqual({ value: '--06-12', precision: 'MONTH_DAY' });
    expect(data.meetings.pageInfo.hasNextPage).toBe(false);
  });

  it('merges the two reports of one meeting into one event with both sources and quotes', async () => {
    const data = await ok(`query($f: EventFilter) { meetings(filter: $f) { totalCount edges { node { ${EVENT_FIELDS} } } } }`, {
      f: { pair: { a: 'RU', b: 'ML' }, types: ['MEETING'] },
    });
    expect(data.meetings.totalCount).toBe(1);
    const event = data.meetings.edges[0].node;
    expect(event.date).toEqual({ value: '2024-02-28', precision: 'DAY', year: 2024, month: 2, day: 28 });
    expect(event.articleCount).toBe(2);
    expect(event.sources.map((s: any) => s.article.id).sort()).toEqual(['en-1', 'fr-1']); // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(event.sources.map((s: any) => s.quote)).toContain('Lavrov met Diop in Moscow.'); // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(event.participants.map((p: any) => p.person.id).sort()).toEqual(['abdoulaye-diop', 'sergey-lavrov']); // eslint-disable-line @typescript-eslint/no-explicit-any
    const lavrov = event.participants.find((p: any) => p.person.id === 'sergey-lavrov'); // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(lavrov.country.code).toBe('RU');
    expect(lavrov.person.offices[0]).toMatchObject({ title: 'Minister of Foreign Affairs', country: { code: 'RU' } });
    expect(event.countries.map((c: any) => c.country.code)).toEqual(['ML', 'RU']); // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(event.place).toMatchObject({ id: 'ru-moscow', country: { code: 'RU' } });
    expect(event.topics.map((t: any) => t.id).sort()).toEqual(['energy', 'security']); // eslint-disable-line @typescript-eslint/no-explicit-any
  });

  it.each([
    [{ countries: ['RU', 'ML'] }, 2],
    [{ countries: ['RU'] }, 3],
    [{ person: 'subrahmanyam-jaishankar' }, 1],
    [{ topic: 'security' }, 1],
    [{ topic: 'energy' }, 4],
    [{ topic: 'energy', from: '2024-01-01' }, 2],
    [{ organization: 'un' }, 4],
    [{ types: ['VISIT', 'AGREEMENT'] }, 2],
    [{ status: 'PLANNED' }, 0],
    [{ from: '2024-01-01' }, 2],
    [{ from: '2023-01-01', to: '2023-12-31' }, 1],
    [{ countries: ['RU'], from: '2024-03-01' }, 1],
    [{ person: 'sergey-lavrov', pair: { a: 'ML', b: 'RU' }, from: '2024-01-01' }, 1],
  ])('filter %j matches %i events', async (filter, expected) => {
    const data = await ok(`query($f: EventFilter) { meetings(filter: $f) { totalCount edges { node { id } } } }`, { f: filter });
    expect(data.meetings.totalCount).toBe(expected);
    expect(data.meetings.edges).toHaveLength(expected);
  });

  it('filters by free text on the event title, accent- and case-insensitively', async () => {
    const data = await ok(`{ meetings(filter: { text: "TITLE of en-2" }) { totalCount edges { node { type } } } }`);
    expect(data.meetings.edges.map((e: any) => e.node.type)).toEqual(['PHONE_CALL']); // eslint-disable-line @typescript-eslint/no-explicit-any
  });

  it('pages with first/after without overlap and orders oldest first on request', async () => {
    const first = await ok(`{ meetings(first: 2, orderBy: DATE_ASC) { edges { cursor node { sortDate } } pageInfo { hasNextPage hasPreviousPage endCursor } } }`);
    expect(first.meetings.edges.map((e: any) => e.node.sortDate)).toEqual(['2023-11-15', '2024-02-28']); // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(first.meetings.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const next = await ok(`query($after: String) { meetings(first: 2, after: $after, orderBy: DATE_ASC) { edges { node { sortDate } } pageInfo { hasNextPage hasPreviousPage } } }`, {
      after: first.meetings.pageInfo.endCursor,
    });
    expect(next.meetings.edges.map((e: any) => e.node.sortDate)).toEqual(['2024-05-10', null]); // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(next.meetings.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });
});

describe('event', () => {
  it('answers one event by id and null for an unknown id', async () => {
    const list = await ok(`{ meetings(filter: { types: [PHONE_CALL] }) { edges { node { id } } } }`);
    const id = list.meetings.edges[0].node.id;
    const data = await ok(`query($id: ID!) { event(id: $id) { ${EVENT_FIELDS} } missing: event(id: "nope") { id } }`, { id });
    expect(data.event).toMatchObject({ type: 'PHONE_CALL', cameo: '041', ploverMode: 'phone', sortDate: '2024-05-10' });
    expect(data.missing).toBeNull();
  });
});

describe('bilateralRelation', () => {
  it('gives counts, dates, events, topics, people and a timeline', async () => {
    const data = await ok(`{
      bilateralRelation(a: "RU", b: "ML") {
        id eventCount firstDate lastDate countries { code }
        events(first: 10) { totalCount edges { node { type } } }
        topics { eventCount topic { id } }
        people { eventCount person { id } }
        year: timeline(granularity: YEAR) { label start count byType { type count } }
        month: timeline(granularity: MONTH, from: "2024-01-01") { label count }
        quarter: timeline(granularity: QUARTER) { label count }
      }
      none: bilateralRelation(a: "FR", b: "NZ") { id }
    }`);
    const r = data.bilateralRelation;
    expect(r).toMatchObject({ id: 'ML-RU', eventCount: 2, firstDate: '2023-11-15', lastDate: '2024-02-28' });
    expect(r.countries.map((c: any) => c.code)).toEqual(['ML', 'RU']); // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(r.events.totalCount).toBe(2);
    expect(r.topics[0]).toEqual({ eventCount: 2, topic: { id: 'energy' } });
    expect(r.people.map((p: any) => p.person.id).sort()).toEqual(['abdoulaye-diop', 'sergey-lavrov']); // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(r.year).toEqual([
      { label: '2023', start: '2023-01-01', count: 1, byType: [{ type: 'AGREEMENT', count: 1 }] },
      { label: '2024', start: '2024-01-01', count: 1, byType: [{ type: 'MEETING', count: 1 }] },
    ]);
    expect(r.month).toEqual([{ label: '2024-02', count: 1 }]);
    expect(r.quarter.map((b: any) => b.label)).toEqual(['2023-Q4', '2024-Q1']); // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(data.none).toBeNull();
  });

  it('reads a relation page (timeline, topics, people) in one query, equal to what the per-field loaders give', async () => {
    const PARTS = `timeline(granularity: QUARTER, from: "2023-01-01") { label count byType { type count } }
      topics(first: 5) { eventCount topic { id label } } people(first: 5) { eventCount lastDate person { id name } }`;
    const names: string[] = [];
    const page = await api.run(`{ bilateralRelation(a: "ML", b: "RU") { id eventCount ${PARTS} } }`, {}, { onQuery: (n) => names.push(n) });
    expect(page.errors).toBeUndefined();
    expect(names).toEqual(['relations.overview']);
    // Through a list, each part comes from its own batched loader query.
    const listed = await ok(`{ relations(first: 10) { edges { node { id eventCount ${PARTS} } } } }`);
    const fromList = listed.relations.edges.map((e: any) => e.node).find((n: any) => n.id === 'ML-RU'); // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(fromList.people.length).toBeGreaterThan(0);
    expect((page.data as Record<string, unknown>).bilateralRelation).toEqual(fromList);
  });
});

describe('country, relations, person, persons', () => {
  it('ranks a country’s partners, lists its officials and events', async () => {
    const data = await ok(`{ country(code: "RU") { name nameFr partners { eventCount country { code } }
      since2024: partners(since: "2024-01-01") { eventCount country { code } }
      officials { id offices { title country { code } } } events { totalCount } } }`);
    expect(data.country.name).toBe('Russia');
    expect(data.country.partners).toEqual([{ eventCount: 2, country: { code: 'ML' } }, { eventCount: 1, country: { code: 'IN' } }]);
    expect(data.country.since2024).toEqual([{ eventCount: 1, country: { code: 'IN' } }, { eventCount: 1, country: { code: 'ML' } }]);
    expect(data.country.officials.map((p: any) => p.id)).toEqual(['sergey-lavrov']); // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(data.country.events.totalCount).toBe(3);
  });

  it('ranks relations, of all countries or one, over a period', async () => {
    const data = await ok(`{ all: relations { totalCount edges { eventCount node { id } } }
      ml: relations(country: "ML", since: "2024-01-01") { totalCount edges { eventCount node { id } } } }`);
    const all = data.all.edges.map((e: any) => [e.node.id, e.eventCount]); // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(all[0]).toEqual(['ML-RU', 2]);
    expect(all.slice(1).sort()).toEqual([['BF-ML', 1], ['IN-RU', 1]]);
    expect(data.all.totalCount).toBe(3);
    expect(data.ml.edges.map((e: any) => [e.node.id, e.eventCount])).toEqual([['ML-RU', 1]]); // eslint-disable-line @typescript-eslint/no-explicit-any
  });

  it('gives a person’s offices, events and ranked counterparts', async () => {
    const data = await ok(`{ person(id: "sergey-lavrov") { name aliases country { code }
      offices { title titleOriginal firstSeen lastSeen sourceCount country { code } organization { id } }
      events(filter: { types: [MEETING, PHONE_CALL] }) { totalCount }
      counterparts { eventCount lastDate person { id } } } }`);
    const p = data.person;
    expect(p).toMatchObject({ country: { code: 'RU' } });
    expect([p.name, ...p.aliases]).toEqual(expect.arrayContaining(['Sergey Lavrov', 'Sergueï Lavrov']));
    expect(p.offices).toEqual([
      { title: 'Minister of Foreign Affairs', titleOriginal: 'Minister of Foreign Affairs', firstSeen: '2023-11-16', lastSeen: '2024-05-11', sourceCount: 4, country: { code: 'RU' }, organization: null },
    ]);
    expect(p.events.totalCount).toBe(2);
    expect(p.counterparts).toEqual([
      { eventCount: 2, lastDate: '2024-02-28', person: { id: 'abdoulaye-diop' } },
      { eventCount: 1, lastDate: '2024-05-10', person: { id: 'subrahmanyam-jaishankar' } },
    ]);
  });

  it('finds persons by name words (prefix, accents folded) and by country', async () => {
    const data = await ok(`{ byName: persons(search: "lavr") { totalCount edges { score eventCount node { id } } }
      accent: persons(search: "Traore") { edges { node { id } } }
      byCountry: persons(country: "ML") { totalCount edges { node { id } } }
      all: persons(first: 2) { totalCount edges { eventCount node { id } } pageInfo { hasNextPage } } }`);
    expect(data.byName.edges.map((e: any) => e.node.id)).toEqual(['sergey-lavrov']); // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(data.byName.edges[0].score).toBeGreaterThan(0);
    expect(data.accent.edges.map((e: any) => e.node.id)).toEqual(['ibrahim-traore']); // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(data.byCountry.edges.map((e: any) => e.node.id)).toEqual(['abdoulaye-diop']); // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(data.all.totalCount).toBe(4);
    // Lavrov and Diop both took part in three events; the name breaks the tie.
    expect(data.all.edges[0]).toEqual({ eventCount: 3, node: { id: 'abdoulaye-diop' } });
    expect(data.all.pageInfo.hasNextPage).toBe(true);
  });
});

describe('topics, search, stats', () => {
  it('counts topics', async () => {
    const data = await ok(`{ topics { eventCount topic { id label } } recent: topics(since: "2024-03-01") { eventCount topic { id } } }`);
    expect(data.topics[0]).toEqual({ eventCount: 4, topic: { id: 'energy', label: 'energy' } });
    expect(data.topics.find((t: any) => t.topic.id === 'security').eventCount).toBe(1); // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(data.recent.find((t: any) => t.topic.id === 'energy').eventCount).toBe(1); // eslint-disable-line @typescript-eslint/no-explicit-any
    for (const list of [data.topics, data.recent]) {
      const ids = list.map((t: any) => t.topic.id); // eslint-disable-line @typescript-eslint/no-explicit-any
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('searches persons, organisations, places, countries and titles with scores', async () => {
    const data = await ok(`{ search(text: "moscow") { score kind entity { __typename ... on Place { id country { code } } } }
      un: search(text: "united nations") { kind entity { ... on Organization { id acronym } } }
      mali: search(text: "mali") { kind entity { ... on Country { code } } }
      lavrov: search(text: "Sergueï") { kind entity { ... on Person { id } } }
      odd: search(text: "(\\"* ?") { kind } }`);
    expect(data.search[0]).toMatchObject({ kind: 'PLACE', entity: { __typename: 'Place', id: 'ru-moscow', country: { code: 'RU' } } });
    expect(data.search[0].score).toBeGreaterThan(0);
    expect(data.un[0]).toEqual({ kind: 'ORGANIZATION', entity: { id: 'un', acronym: 'UN' } });
    expect(data.mali[0]).toEqual({ kind: 'COUNTRY', entity: { code: 'ML' } });
    expect(data.lavrov[0]).toEqual({ kind: 'PERSON', entity: { id: 'sergey-lavrov' } });
    expect(data.odd).toEqual([]);
  });

  it('gives whole-graph stats', async () => {
    const data = await ok(`{ stats { events eventsByType { type count } articles persons organizations places topics relations countriesInvolved firstEventDate lastEventDate } }`);
    expect(data.stats).toMatchObject({ events: 4, articles: 5, persons: 4, organizations: 1, places: 2, topics: 2, relations: 3, countriesInvolved: 4, firstEventDate: '2023-11-15', lastEventDate: '2024-05-10' });
    expect(data.stats.eventsByType).toHaveLength(4);
  });
});
