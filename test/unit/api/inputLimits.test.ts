import { makeExecutableSchema } from '@graphql-tools/schema';
import { createRequire } from 'node:module';
import type * as GraphqlModule from 'graphql';
import { describe, expect, it } from 'vitest';
import { withInputLimits } from '../../../src/api/inputLimits.js';

// graphql-tools builds the schema with the graphql Node resolves (CommonJS); vitest would give
// this file the ESM build, which refuses that schema.
const { graphql } = createRequire(import.meta.url)('graphql') as typeof GraphqlModule;

// A schema of its own: a nested, self-referring input type, lists of lists, and a limited text.
const schema = withInputLimits(
  makeExecutableSchema({
    typeDefs: `
      input Filter { text: String, tags: [String!], any: [Filter!], reason: String }
      type Query { find(filter: Filter, ids: [[ID!]], name: String, first: Int): Int }`,
    resolvers: { Query: { find: () => 1 } },
  }),
);
const run = async (source: string, variableValues: Record<string, unknown> = {}) => {
  const result = await graphql({ schema, source, variableValues });
  return result.errors?.map((e) => e.message) ?? result.data;
};

describe('withInputLimits', () => {
  it('lets arguments within the limits through', async () => {
    expect(await run('query($f: Filter) { find(filter: $f, name: "x", first: 3) }', { f: { text: 'a', tags: ['t'], any: [{ text: 'b' }] } })).toEqual({ find: 1 });
  });

  it('names the argument, its size and the limit, at any depth', async () => {
    expect(await run('query($n: String) { find(name: $n) }', { n: 'x'.repeat(201) })).toEqual(['find.name is 201 characters long; at most 200']);
    expect(await run('query($f: Filter) { find(filter: $f) }', { f: { any: [{ text: 'ok' }, { any: [{ text: 'y'.repeat(300) }] }] } })).toEqual([
      'find.filter.any[1].any[0].text is 300 characters long; at most 200',
    ]);
    expect(await run('query($f: Filter) { find(filter: $f) }', { f: { tags: Array.from({ length: 101 }, () => 't') } })).toEqual(['find.filter.tags has 101 items; at most 100']);
    expect(await run('query($f: Filter) { find(filter: $f) }', { f: { reason: 'r'.repeat(2001) } })).toEqual(['find.filter.reason is 2001 characters long; at most 2000']);
    expect(await run('query($i: [[ID!]]) { find(ids: $i) }', { i: [['a'], ['b', 'c'.repeat(201)]] })).toEqual(['find.ids[1][1] is 201 characters long; at most 200']);
    expect(await run('{ find(ids: "one") }')).toEqual({ find: 1 });
  });
});
