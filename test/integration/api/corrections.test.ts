import { beforeAll, describe, expect, it } from 'vitest';
import { runQuery } from '../../../src/graph/runQuery.js';
import { writeExtractions } from '../../../ingest/writer/writeExtractions.js';
import { apiConfig, createTestApi, type TestApi } from '../../helpers/apiGraph.js';
import { seedCorrectionGraph } from '../../helpers/correctionGraph.js';
import { article, encounter, person } from '../../helpers/extractionFixtures.js';
import { useGraph } from '../../helpers/graph.js';

const ANALYST = 'Bearer analyst-token-0123456789';
const config = apiConfig({ analystTokens: [{ name: 'amina', token: 'analyst-token-0123456789' }] });

const RETYPE = `mutation ($id: ID!, $reason: String!) {
  retypeEvent(id: $id, type: VISIT, reason: $reason) { id seq kind author reason subjects before after revertedBy }
}`;
const EVENT = `query ($id: ID!) { event(id: $id) { type cameo corrections { kind author reason revertedBy } } }`;

describe('corrections over GraphQL', () => {
  useGraph();
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi(config);
  });

  it('records the analyst named by the token, shows the correction on the event and lists it; a revert is recorded too', async () => {
    const { meetingId } = await seedCorrectionGraph();
    const applied = await api.run(RETYPE, { id: meetingId, reason: 'a state visit per the communiqué' }, { authorization: ANALYST });
    expect(applied.errors).toBeUndefined();
    const correction = applied.data?.['retypeEvent'] as { id: string; author: string; kind: string; subjects: string[] };
    expect(correction).toMatchObject({ kind: 'RETYPE_EVENT', author: 'amina', subjects: [`event:${meetingId}`] });

    const shown = await api.run(EVENT, { id: meetingId });
    expect(shown.data?.['event']).toEqual({ type: 'VISIT', cameo: '042', corrections: [{ kind: 'RETYPE_EVENT', author: 'amina', reason: 'a state visit per the communiqué', revertedBy: null }] });

    const reverted = await api.run(`mutation ($id: ID!) { revertCorrection(id: $id, reason: "wrong event") { kind revertOf author } }`, { id: correction.id }, { authorization: `Bearer ${config.apiToken}` });
    expect(reverted.data?.['revertCorrection']).toEqual({ kind: 'REVERT', revertOf: correction.id, author: 'api' });

    const listed = await api.run(`{ corrections(filter: { event: "${meetingId}" }, first: 1) { totalCount edges { node { kind } } pageInfo { hasNextPage } } }`);
    expect(listed.data?.['corrections']).toEqual({ totalCount: 2, edges: [{ node: { kind: 'REVERT' } }], pageInfo: { hasNextPage: true } });
    expect((await api.run(EVENT, { id: meetingId })).data?.['event']).toMatchObject({ type: 'MEETING' });
  });

  it.each([
    ['no token', undefined, 'UNAUTHENTICATED', /requires the API token or an analyst token/],
    ['a wrong token', 'Bearer not-the-token-0123456789', 'UNAUTHENTICATED', /requires the API token/],
  ])('refuses a correction with %s and changes nothing', async (_, authorization, code, message) => {
    const { meetingId } = await seedCorrectionGraph();
    const before = await runQuery('graph.counts', {});
    const result = await api.run(RETYPE, { id: meetingId, reason: 'a reason' }, authorization ? { authorization } : {});
    expect(result.errors?.[0]?.extensions?.['code']).toBe(code);
    expect(result.errors?.[0]?.message).toMatch(message);
    expect(await runQuery('graph.counts', {})).toEqual(before);
    expect((await api.run(EVENT, { id: meetingId })).data?.['event']).toMatchObject({ type: 'MEETING', corrections: [] });
  });

  it.each([
    ['an unknown id', 'ev-unknown', 'a reason', 'NOT_FOUND', /no event with id "ev-unknown"/],
    ['an empty reason', null, '   ', 'BAD_USER_INPUT', /reason is required/],
    ['a reason past its limit', null, 'x'.repeat(2001), 'BAD_USER_INPUT', /retypeEvent\.reason is 2001 characters long; at most 2000/],
  ])('refuses a correction with %s, clearly, and changes nothing', async (_, id, reason, code, message) => {
    const { meetingId } = await seedCorrectionGraph();
    const before = await runQuery('graph.counts', {});
    const result = await api.run(RETYPE, { id: id ?? meetingId, reason }, { authorization: ANALYST });
    expect(result.errors?.[0]?.extensions?.['code']).toBe(code);
    expect(result.errors?.[0]?.message).toMatch(message);
    expect(await runQuery('graph.counts', {})).toEqual(before);
  });

  it('officeHolders answers across a change of minister, with the sources, and Person.offices(on) agrees', async () => {
    const first = person('Awa Konaté', 'ML', 'Minister of Foreign Affairs and International Cooperation');
    const second = person('Boubacar Diallo', 'ML', 'Foreign Minister');
    const guest = person('Pavel Orlovsky', 'RU', 'Minister of Foreign Affairs');
    await writeExtractions([
      article('o-1', { persons: [first, guest], events: [encounter('meeting', '2024-01-09', [first, guest])], published: '2024-01-10' }),
      article('o-2', { persons: [first, guest], events: [encounter('meeting', '2024-02-28', [first, guest])], published: '2024-02-29' }),
      article('o-3', { persons: [second, guest], events: [encounter('meeting', '2024-06-01', [second, guest])], published: '2024-06-02' }),
    ]);
    const holders = async (on: string) => {
      const r = await api.run(`query ($on: Date!) { officeHolders(country: "ML", office: "foreign_minister", on: $on) {
        person { id } title post { id label } basis sources { id } } }`, { on });
      expect(r.errors).toBeUndefined();
      return (r.data?.['officeHolders'] as { person: { id: string }; basis: string; sources: { id: string }[] }[]).map((h) => [h.person.id, h.basis, h.sources.map((s) => s.id)]);
    };
    expect(await holders('2024-02-28')).toEqual([['awa-konate', 'SEEN', ['o-2', 'o-1']]]);
    expect(await holders('2024-04-15')).toEqual([['awa-konate', 'INFERRED', ['o-2', 'o-1']]]);
    expect(await holders('2024-07-01')).toEqual([['boubacar-diallo', 'INFERRED', ['o-3']]]);
    expect(await holders('2023-12-01')).toEqual([]);

    // An analyst says the first minister left on 2024-03-31: nobody is known to hold the post in April.
    const ended = await api.run(`mutation { endOffice(person: "awa-konate", country: "ML", title: "Minister of Foreign Affairs and International Cooperation", on: "2024-03-31", reason: "reshuffle") { id } }`, {}, { authorization: ANALYST });
    expect(ended.errors).toBeUndefined();
    expect(await holders('2024-04-15')).toEqual([]);
    expect(await holders('2024-03-15')).toEqual([['awa-konate', 'ASSERTED', ['o-2', 'o-1']]]);

    const offices = await api.run(`{ person(id: "awa-konate") { on: offices(on: "2024-02-28") { title post { id } until } later: offices(on: "2024-07-01") { title } } }`);
    expect(offices.data?.['person']).toEqual({
      on: [{ title: 'Minister of Foreign Affairs and International Cooperation', post: { id: 'foreign_minister' }, until: '2024-03-31' }],
      later: [],
    });
    const unknown = await api.run(`{ officeHolders(country: "ML", office: "chief_wizard", on: "2024-01-01") { title } }`);
    expect(unknown.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/office must be one of .*foreign_minister.*got "chief_wizard"/) });
  });
});

describe('input limits', () => {
  useGraph();
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi(config);
  });

  it.each([
    ['a 3 MB search text', `query ($t: String!) { search(text: $t) { score } }`, { t: 'a'.repeat(3_000_000) }, /search\.text is 3000000 characters long; at most 200/],
    ['a long filter text', `query ($t: String) { meetings(filter: { text: $t }) { totalCount } }`, { t: 'b'.repeat(201) }, /meetings\.filter\.text is 201 characters long; at most 200/],
    ['a long list of countries', `query ($c: [CountryCode!]) { meetings(filter: { countries: $c }) { totalCount } }`, { c: Array.from({ length: 101 }, () => 'ML') }, /meetings\.filter\.countries has 101 items; at most 100/],
    ['a long person id', `query ($id: ID!) { person(id: $id) { name } }`, { id: 'p'.repeat(201) }, /person\.id is 201 characters long; at most 200/],
    ['a long cursor', `query ($a: String) { persons(after: $a) { totalCount } }`, { a: 'c'.repeat(500) }, /persons\.after is 500 characters long; at most 200/],
    ['a long nested search', `query ($s: String) { country(code: "ML") { events(filter: { text: $s }) { totalCount } } }`, { s: 'd'.repeat(300) }, /events\.filter\.text is 300 characters long/],
  ])('%s is a BAD_USER_INPUT naming the argument and its limit', async (_, query, variables, message) => {
    const result = await api.run(query, variables);
    expect(result.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(message);
  });
});
