import { parse } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startApiServer, type RunningApi } from '../../../src/api/createApiServer.js';
import { EMPTY_EVENT_FILTER, type EventFilter } from '../../../src/domain/eventFilter.js';
import { parseExportRequest, type ExportRequest } from '../../../src/export/exportRequest.js';
import { EVENT_CSV_COLUMNS, PARTICIPANT_CSV_COLUMNS } from '../../../src/export/eventCsvRows.js';
import { PloverRecordSchema } from '../../../src/export/ploverRecord.js';
import { listMeetings } from '../../../src/graph/listMeetings.js';
import { writeExtractions } from '../../../ingest/writer/writeExtractions.js';
import { apiConfig, diop, lavrov, seedManyMeetings, seedSmallGraph } from '../../helpers/apiGraph.js';
import { article, encounter, person } from '../../helpers/extractionFixtures.js';
import { exportText } from '../../helpers/exportText.js';
import { useGraph } from '../../helpers/graph.js';

useGraph();

const filterOf = (f: Partial<EventFilter>): EventFilter => ({ ...EMPTY_EVENT_FILTER, ...f });
const csv = (text: string) => parse(text, { columns: true, skip_empty_lines: true }) as Record<string, string>[];

// A name with a comma and a quote, and a quote with a line break: what CSV quoting is for.
const odd = person('Jean "Le Sage" Dupont, Jr', 'FR', 'Ministre de l\'Europe, des Affaires étrangères');

beforeEach(async () => {
  await seedSmallGraph();
  const meeting = { ...encounter('meeting', '2024-04-02', [odd, diop]), evidence: [{ start: 0, end: 40, quote: 'Dupont, "Le Sage",\nmet Diop.' }] };
  await writeExtractions([article('fr-odd', { persons: [odd, diop], events: [meeting], published: '2024-04-03', language: 'fr' })]);
});

describe('export --format csv', () => {
  it('reads back through a CSV parser: one row per event, with every column', async () => {
    const { text, events } = await exportText(parseExportRequest({ format: 'csv' }));
    const rows = csv(text);
    expect(events).toBe(5);
    expect(rows).toHaveLength(5);
    expect(Object.keys(rows[0]!)).toEqual([...EVENT_CSV_COLUMNS]);
    const meeting = rows.find((r) => r['date'] === '2024-02-28')!;
    expect(meeting).toMatchObject({
      type: 'meeting', status: 'occurred', date_precision: 'day', sort_date: '2024-02-28', countries: 'ML|RU',
      plover_event: 'CONSULT', plover_mode: 'visit', cameo: '042', source_count: '2', topics: 'energy|security',
    });
    expect(meeting['participants']).toMatch(/^Serg\S+ Lavrov \(Minister of Foreign Affairs, RU, host\)\|Abdoulaye Diop \(.*, ML, guest\)$/);
    expect(meeting['participant_ids']).toBe(`${lavrov.id}|${diop.id}`);
    const withOdd = rows.find((r) => r['date'] === '2024-04-02')!;
    expect(withOdd['participants']).toContain('Jean "Le Sage" Dupont, Jr (Ministre de l\'Europe, des Affaires étrangères, FR, host)');
    // Oldest first, undated last.
    expect(rows.map((r) => r['sort_date'])).toEqual(['2023-11-15', '2024-02-28', '2024-04-02', '2024-05-10', '']);
  });

  it('writes one row per participation with --what participants', async () => {
    const rows = csv((await exportText(parseExportRequest({ format: 'csv', what: 'participants' }))).text);
    expect(rows).toHaveLength(10);
    expect(Object.keys(rows[0]!)).toEqual([...PARTICIPANT_CSV_COLUMNS]);
    expect(rows.filter((r) => r['person_id'] === lavrov.id).map((r) => r['event_type']).sort()).toEqual(['agreement', 'meeting', 'phone_call']);
    expect(rows.find((r) => r['person_id'] === odd.id)).toMatchObject({ person_name: odd.name, country: 'FR', side: 'host', event_countries: 'FR|ML' });
  });
});

describe('export --format jsonl', () => {
  it('writes one PLOVER-shaped record per line, each valid against the schema', async () => {
    const { text } = await exportText(parseExportRequest({ format: 'jsonl' }));
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    const records = lines.map((line) => PloverRecordSchema.strict().parse(JSON.parse(line)));
    const meeting = records.find((r) => r.diplograph.date === '2024-02-28')!;
    expect(meeting).toMatchObject({ date: '2024-02-28', event: ['CONSULT'], mode: ['visit'], quad_code: 1, coder: 'diplograph' });
    expect(meeting.cite_info.map((c) => c.citation).sort()).toEqual(['en-1', 'fr-1']);
    expect(meeting.event_text).toContain('Lavrov met Diop in Moscow.');
    // The host is PLOVER's recipient, the guest its source.
    expect(meeting.recipient.map((a) => [a.identifier_id, a.code, a.country, a.sector, a.office])).toEqual([
      [lavrov.id, 'RUS', 'RU', 'GOV', 'Minister of Foreign Affairs'],
    ]);
    expect(meeting.source.map((a) => a.identifier_id)).toEqual([diop.id]);
    expect(meeting.event_loc).toEqual({ name: 'Moscow', 'country code': 'RU', cc3: 'RUS' });
    // No year known: PLOVER's date stays empty, ours says what is known.
    const visit = records.find((r) => r.diplograph.type === 'visit')!;
    expect(visit.date).toBeNull();
    expect(visit.diplograph).toMatchObject({ date: '--06-12', date_precision: 'month-day' });
  });
});

describe('export --format graphml', () => {
  const xml = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    isArray: (name, _path, _leaf, isAttribute) => !isAttribute && ['key', 'node', 'edge', 'data'].includes(name),
  });
  type Element = { id: string; source?: string; target?: string; data: { key: string; '#text': string | number }[] };
  const dataOf = (e: Element) => Object.fromEntries(e.data.map((d) => [d.key, String(d['#text'])]));

  it('writes the country network: countries as nodes, weighted edges with per-type counts', async () => {
    const doc = xml.parse((await exportText(parseExportRequest({ format: 'graphml' }))).text);
    const graph = doc.graphml.graph;
    expect(graph.edgedefault).toBe('undirected');
    const declared = new Set((doc.graphml.key as { id: string }[]).map((k) => k.id));
    const nodes = graph.node as Element[];
    const edges = graph.edge as Element[];
    expect(nodes.map((n) => n.id).sort()).toEqual(['BF', 'FR', 'IN', 'ML', 'RU']);
    expect(dataOf(nodes.find((n) => n.id === 'ML')!)).toMatchObject({ label: 'Mali', country: 'MLI', events: '4' });
    const mlRu = edges.find((e) => [e.source, e.target].sort().join('-') === 'ML-RU')!;
    expect(dataOf(mlRu)).toMatchObject({ weight: '2', meeting: '1', agreement: '1', visit: '0', firstDate: '2023-11-15', lastDate: '2024-02-28' });
    for (const e of [...nodes, ...edges]) for (const d of e.data) expect(declared.has(d.key)).toBe(true);
    expect(edges).toHaveLength(4);
  });

  it('writes the person network with --persons', async () => {
    const doc = xml.parse((await exportText(parseExportRequest({ format: 'graphml', persons: true }))).text);
    const nodes = doc.graphml.graph.node as Element[];
    const edges = doc.graphml.graph.edge as Element[];
    expect(nodes).toHaveLength(5);
    expect(dataOf(nodes.find((n) => n.id === odd.id)!)).toMatchObject({ label: odd.name, country: 'FR', events: '1' });
    const lavrovDiop = edges.find((e) => [e.source, e.target].sort().join(' ') === [diop.id, lavrov.id].sort().join(' '))!;
    expect(dataOf(lavrovDiop)['weight']).toBe('2');
  });
});

describe('export filters', () => {
  const FILTERS: [string, Partial<EventFilter>][] = [
    ['no filter', {}],
    ['a country', { countries: ['RU'] }],
    ['two countries', { countries: ['RU', 'ML'] }],
    ['a pair', { relation: 'ML-RU' }],
    ['a person', { person: lavrov.id }],
    ['a type', { types: ['meeting'] }],
    ['a status', { status: 'planned' }],
    ['a period', { from: '2024-01-01', to: '2024-04-30' }],
    ['a period and a country', { from: '2020-01-05', to: '2020-01-20', countries: ['ML'] }],
    ['a topic', { topic: 'security' }],
    ['an organisation', { organization: 'un' }],
    ['free text', { text: 'Lavrov' }],
    ['a person and types', { person: diop.id, types: ['visit', 'agreement'] }],
  ];

  // One graph for every filter (seeding it is most of the cost); each filter is checked apart.
  it('give the same events as the meetings query, for each filter', async () => {
    await seedManyMeetings(30);
    for (const [name, criteria] of FILTERS) {
      const filter = filterOf(criteria);
      const page = await listMeetings(filter, { offset: 0, limit: 1000 }, 'DATE_DESC', {});
      const request: ExportRequest = { format: 'jsonl', filter };
      const lines = (await exportText(request)).text.split('\n').filter(Boolean);
      const exported = lines.map((l) => (JSON.parse(l) as { id: string }).id);
      expect(exported.sort(), name).toEqual(page.items.map((e) => e.id).sort());
      expect(exported.length, name).toBe(page.total);
    }
  });

  it('refuses bad options with a message naming them', () => {
    expect(() => parseExportRequest({ format: 'xlsx' as 'csv' })).toThrow(/format/);
    expect(() => parseExportRequest({ format: 'jsonl', what: 'participants' })).toThrow(/csv format only/);
    expect(() => parseExportRequest({ countries: ['Russia'] })).toThrow(/countries/);
    expect(() => parseExportRequest({ from: '2024-02-30' })).toThrow(/from/);
    expect(() => parseExportRequest({ pair: 'ML' })).toThrow(/pair/);
    expect(parseExportRequest({ format: 'csv', types: 'MEETING,visit', pair: 'ru,ml' }).filter).toMatchObject({ types: ['meeting', 'visit'], relation: 'ML-RU' });
  });
});

describe('GET /export', () => {
  const READ_TOKEN = 'test-read-token-0123456789';
  let api: RunningApi;
  beforeAll(async () => {
    api = await startApiServer({ config: apiConfig({ readToken: READ_TOKEN }), ingestArticles: async () => { throw new Error('not wired'); } });
  });
  afterAll(async () => {
    await api.stop();
  });
  const url = (query: string) => api.url.replace(/\/graphql$/, `/export?${query}`);
  const auth = { authorization: `Bearer ${READ_TOKEN}` };

  it('streams an export as a download, with the read token', async () => {
    const response = await fetch(url('format=csv&what=participants&countries=ML&pair=ru,ml&types=meeting'), { headers: auth });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="diplograph-participants.csv"');
    const rows = csv(await response.text());
    expect(rows.map((r) => r['person_id']).sort()).toEqual([diop.id, lavrov.id].sort());
  });

  it('serves graphml and jsonl too', async () => {
    const graphml = await fetch(url('format=graphml&persons=true'), { headers: auth });
    expect(graphml.headers.get('content-type')).toMatch(/^application\/graphml\+xml/);
    expect(await graphml.text()).toContain('<graph id="persons" edgedefault="undirected">');
    const jsonl = await fetch(url('format=jsonl&from=2024-01-01'), { headers: auth });
    expect((await jsonl.text()).trimEnd().split('\n')).toHaveLength(3);
  });

  it('refuses a request without the read token (401) and bad options (400)', async () => {
    expect((await fetch(url('format=csv'))).status).toBe(401);
    expect((await fetch(url('format=csv'), { headers: { authorization: 'Bearer wrong-token-0123456789' } })).status).toBe(401);
    const bad = await fetch(url('format=csv&from=yesterday'), { headers: auth });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toMatch(/from/);
    expect((await fetch(url('format=csv&colour=red'), { headers: auth })).status).toBe(400);
  });
});
