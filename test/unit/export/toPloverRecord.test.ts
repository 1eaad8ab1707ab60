import { describe, expect, it } from 'vitest';
import type { CountryRecord, ParticipantRecord } from '../../../src/domain/graphRecords.js';
import type { Side } from '../../../src/domain/extraction.js';
import { PloverRecordSchema } from '../../../src/export/ploverRecord.js';
import { toPloverRecord } from '../../../src/export/toPloverRecord.js';
import { addToNetwork, createNetwork } from '../../../src/export/networkGraph.js';
import type { ExportedEvent } from '../../../src/graph/streamEvents.js';

const country = (code: string, iso3: string, name: string): CountryRecord => ({ code, iso3, name, nameFr: null, officialName: null, region: null, subregion: null });
const ML = country('ML', 'MLI', 'Mali');
const RU = country('RU', 'RUS', 'Russia');
const SN = country('SN', 'SEN', 'Senegal');
const participant = (id: string, c: CountryRecord, side: Side | null): ParticipantRecord => ({
  person: { id, name: id, aliases: [], countryCode: c.code }, role: 'Minister', side, country: c,
});

function event(sides: [CountryRecord, Side | null, boolean][], extra: Partial<ExportedEvent> = {}): ExportedEvent {
  return {
    id: 'ev-1', type: 'meeting', status: 'occurred', title: null, date: '2024-02-28', datePrecision: 'day', sortDate: '2024-02-28', setting: null,
    confidence: 0.9, plover: 'CONSULT', ploverMode: null, cameo: '040', articleCount: 1,
    details: {
      participants: sides.filter(([, , named]) => named).map(([c, side]) => participant(`p-${c.code}`, c, side)),
      countries: sides.map(([c, side]) => ({ country: c, side })),
      place: null, topics: [], sources: [],
    },
    ...extra,
  };
}

describe('toPloverRecord', () => {
  it.each<[string, [CountryRecord, Side | null, boolean][], string[], string[]]>([
    ['a visit: the guest is the source, the host the recipient', [[RU, 'host', true], [ML, 'guest', true]], ['p-ML'], ['p-RU']],
    ['nobody hosts: every actor is a source, no recipient', [[RU, 'party', true], [ML, 'party', true]], ['p-RU', 'p-ML'], []],
    ['a country nobody speaks for is an actor of its own', [[RU, 'host', true], [SN, 'guest', false]], ['SEN'], ['p-RU']],
  ])('%s', (_, sides, source, recipient) => {
    const record = PloverRecordSchema.strict().parse(toPloverRecord(event(sides)));
    expect(record.source.map((a) => a.identifier_id ?? a.code)).toEqual(source);
    expect(record.recipient.map((a) => a.identifier_id ?? a.code)).toEqual(recipient);
  });

  it.each([
    ['2024-02-28', 'day', '2024-02-28'],
    ['--02-28', 'month-day', null],
    ['2024-02', 'month', null],
  ] as const)('gives PLOVER the date %s only when the day is known', (date, datePrecision, expected) => {
    expect(toPloverRecord(event([[RU, 'party', true]], { date, datePrecision })).date).toBe(expected);
  });
});

describe('addToNetwork', () => {
  it('counts events per node and per pair, by type, with the date span', () => {
    const network = createNetwork('countries');
    addToNetwork(network, event([[RU, 'host', true], [ML, 'guest', true]], { type: 'visit', sortDate: '2024-02-28' }));
    addToNetwork(network, event([[ML, 'party', true], [RU, 'party', true], [SN, 'party', true]], { type: 'summit', sortDate: '2023-05-01' }));
    expect(network.nodes.get('ML')?.events).toBe(2);
    expect(network.edges.size).toBe(3);
    const mlRu = network.edges.get('ML\u0000RU')!;
    expect(mlRu).toMatchObject({ source: 'ML', target: 'RU', weight: 2, firstDate: '2023-05-01', lastDate: '2024-02-28' });
    expect(mlRu.byType).toMatchObject({ visit: 1, summit: 1, meeting: 0 });
  });
});
