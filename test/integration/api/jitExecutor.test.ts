import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DASHBOARD_QUERIES } from '../../../bench/api/dashboardQueries.js';
import { useGraph } from '../../helpers/graph.js';
import { apiConfig, createTestApi, seedManyMeetings, seedSmallGraph, type TestApi } from '../../helpers/apiGraph.js';

// The server runs queries compiled by graphql-jit (src/api/jitGateway.ts): every answer and
// every error must be what graphql-js's own execution gives for the same request.
useGraph();

let jit: TestApi;
let reference: TestApi;
beforeAll(async () => {
  jit = await createTestApi(apiConfig({ maxPageSize: 50 }), undefined, 'jit');
  reference = await createTestApi(apiConfig({ maxPageSize: 50 }), undefined, 'graphql-js');
});
afterAll(async () => {
  await jit.server.stop();
  await reference.server.stop();
});
beforeEach(async () => {
  await seedSmallGraph();
  await seedManyMeetings(30);
});

/** Runs the request on both servers; returns the compiled one's result after checking they agree. */
async function same(query: string, variables: Record<string, unknown> = {}) {
  const [mine, theirs] = await Promise.all([jit.run(query, variables), reference.run(query, variables)]);
  expect(mine).toEqual(theirs);
  return mine;
}

const dashboard = (name: string) => DASHBOARD_QUERIES.find((q) => q.name.startsWith(name))!.ours;

describe('the compiled executor', () => {
  it.each([
    ['meetings page', { c: 'ML' }],
    ['meetings page', { c: 'RU' }],
    ['bilateral relation', { a: 'RU', b: 'ML' }],
    ['bilateral relation', { a: 'IN', b: 'BF' }],
    ['country ranked partners', { c: 'RU' }],
    ['person + counterparts', { id: 'sergey-lavrov' }],
    ['person + counterparts', { id: 'nobody' }],
    ['full-text search', { t: 'Lavrov' }],
  ])('answers the dashboard query "%s" %j as graphql-js does', async (name, variables) => {
    const result = await same(dashboard(name), variables);
    expect(result.errors).toBeUndefined();
    expect(JSON.stringify(result.data)).not.toBe('{}');
  });

  it('answers a dashboard page with data as graphql-js does (not only empty pages)', async () => {
    const result = await same(dashboard('meetings page').replace('from: "2023-01-01", to: "2024-12-31"', 'from: "2020-01-01"'), { c: 'ML' });
    const meetings = (result.data as { meetings: { totalCount: number; edges: unknown[] } }).meetings;
    expect(meetings.totalCount).toBeGreaterThan(20);
    expect(meetings.edges).toHaveLength(20);
  });

  it.each([
    ['a syntax error', '{ meetings(first: 20 { totalCount } }', {}, 'GRAPHQL_PARSE_FAILED'],
    ['an unknown field', '{ nope }', {}, 'GRAPHQL_VALIDATION_FAILED'],
    ['a variable of the wrong type', 'query($c: CountryCode!) { country(code: $c) { code } }', { c: 12 }, 'BAD_USER_INPUT'],
    ['an invalid country code', 'query($c: CountryCode!) { country(code: $c) { code } }', { c: 'Mali' }, 'BAD_USER_INPUT'],
    ['a text past its input limit', `{ search(text: "${'x'.repeat(300)}", first: 10) { score } }`, {}, 'BAD_USER_INPUT'],
    ['a page past the maximum page size', '{ meetings(first: 51) { totalCount } }', {}, 'BAD_USER_INPUT'],
    ['a bad cursor, beside a field that answers', '{ stats { events } meetings(after: "not-a-cursor") { totalCount } }', {}, 'BAD_USER_INPUT'],
    ['too many aliases', `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: stats { events }`).join(' ')} }`, {}, 'GRAPHQL_VALIDATION_FAILED'],
    ['a query past the depth limit', '{ meetings { edges { node { participants { person { events { edges { node { participants { person { events { edges { node { id } } } } } } } } } } } } } }', {}, 'GRAPHQL_VALIDATION_FAILED'],
  ])('answers %s with the same error as graphql-js', async (_, query, variables, code) => {
    const result = await same(query, variables);
    expect(result.errors?.map((e) => e.extensions?.['code'])).toEqual([code]);
  });

  it('keeps the path and locations of a resolver error, and the fields that answered', async () => {
    const result = await same(`{ stats { events } person(id: "${'x'.repeat(300)}") { name } }`);
    expect(result.errors?.[0]).toMatchObject({ path: ['person'], locations: [{ line: 1, column: 20 }], extensions: { code: 'BAD_USER_INPUT' } });
    expect(result.data).toEqual({ stats: { events: expect.any(Number) }, person: null });
  });

  it('runs each operation of a document by its name, and refuses an unnamed choice as graphql-js does', async () => {
    const document = 'query Person($id: ID!) { person(id: $id) { name } } query Country($c: CountryCode!) { country(code: $c) { name } }';
    const variables = { id: 'sergey-lavrov', c: 'ML' };
    const person = await jit.run(document, variables, { operationName: 'Person' });
    const country = await jit.run(document, variables, { operationName: 'Country' });
    expect(person.data).toEqual({ person: { name: expect.stringContaining('Lavrov') } });
    expect(country.data).toEqual({ country: { name: 'Mali' } });
    const unnamed = await same(document, variables);
    expect(unnamed.errors?.map((e) => e.extensions?.['code'])).toEqual(['OPERATION_RESOLUTION_FAILURE']);
  });
});
