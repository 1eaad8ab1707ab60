import { createRequire } from 'node:module';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { DocumentNode } from 'graphql';
import type * as GraphqlModule from 'graphql';
import * as jit from 'graphql-jit';
import type * as JitModule from 'graphql-jit';
import { describe, expect, it, vi } from 'vitest';
import { createJitExecutor, createJitGateway } from '../../../src/api/jitGateway.js';

// The CommonJS build of graphql-js, the schema's (vitest would give this file the ESM one).
const { execute, getOperationAST, GraphQLError, parse } = createRequire(import.meta.url)('graphql') as typeof GraphqlModule;

// Counts compilations: the executor must compile a document's operation once, not per request.
vi.mock('graphql-jit', async (importOriginal) => {
  const original = await importOriginal<typeof JitModule>();
  return { ...original, compileQuery: vi.fn(original.compileQuery) };
});

class TeapotError extends Error {
  readonly extensions = { code: 'TEAPOT' };
}

const schema = makeExecutableSchema({
  typeDefs: `
    type Query { country(code: String!): Country, countries(first: Int = 2): [Country!]!, broken: Country!, failing: String }
    type Mutation { rename(code: String!, name: String!): Country }
    type Country { code: String!, name: String, partners: [Country!]!, missing: String!, teapot: String }
  `,
  resolvers: {
    Query: {
      country: (_: unknown, { code }: { code: string }) => (code === 'XX' ? null : { code, name: `Land ${code}` }),
      countries: async (_: unknown, { first }: { first: number }) => ['ML', 'RU', 'IN'].slice(0, first).map((code) => ({ code, name: null })),
      broken: () => ({ code: 'BR', name: 'Broken' }),
      failing: () => {
        throw new Error('no Neo4j today');
      },
    },
    Mutation: { rename: (_: unknown, { code, name }: { code: string; name: string }) => ({ code, name }) },
    Country: {
      partners: async ({ code }: { code: string }) => [{ code: `${code}1` }, { code: `${code}2` }],
      missing: () => null,
      teapot: () => {
        throw new TeapotError('short and stout');
      },
    },
  },
});

/** The request context Apollo hands a gateway executor, reduced to what the executor reads. */
function requestFor(document: DocumentNode, variables: Record<string, unknown> = {}, operationName?: string) {
  const operation = getOperationAST(document, operationName);
  return {
    document,
    operation,
    operationName: operation?.name?.value ?? null,
    context: { who: 'test' },
    request: { variables, ...(operationName ? { operationName } : {}) },
  } as unknown as Parameters<ReturnType<typeof createJitExecutor>>[0];
}

/** The executor's result and graphql-js's for the same request, as JSON (what a client sees). */
async function bothWays(query: string, variables: Record<string, unknown> = {}, operationName?: string) {
  const document = parse(query);
  const jitResult = await createJitExecutor(schema)(requestFor(document, variables, operationName));
  const reference = await execute({ schema, document, variableValues: variables, contextValue: {}, ...(operationName ? { operationName } : {}) });
  return { jitResult, reference, document };
}

describe('createJitExecutor', () => {
  it.each([
    ['nested lists, aliases and a default argument', '{ countries { code name partners { code } } one: country(code: "ML") { name } }'],
    ['fragments and @skip/@include on variables', 'query($s: Boolean!) { country(code: "RU") { ...F } } fragment F on Country { code name @skip(if: $s) partners @include(if: $s) { code } }'],
    ['a null object', '{ country(code: "XX") { code } }'],
    ['a non-null violation, nulling its parent', '{ country(code: "ML") { code missing } }'],
    ['a non-null violation reaching the root', '{ broken { missing } }'],
    ['a resolver error with extensions', '{ country(code: "ML") { code teapot } }'],
    ['a resolver error without extensions', '{ failing }'],
  ])('answers %s as graphql-js does', async (_, query) => {
    const { jitResult, reference } = await bothWays(query, { s: true });
    expect(JSON.parse(JSON.stringify(jitResult))).toEqual(JSON.parse(JSON.stringify(reference)));
  });

  it('hands on errors as graphql-js GraphQLErrors carrying the resolver error and its extensions', async () => {
    const { jitResult } = await bothWays('{ country(code: "ML") { teapot } failing }');
    const [teapot, failing] = jitResult.errors ?? [];
    expect(teapot).toBeInstanceOf(GraphQLError);
    expect(teapot?.originalError).toBeInstanceOf(TeapotError);
    expect(teapot?.extensions).toEqual({ code: 'TEAPOT' });
    expect(teapot?.path).toEqual(['country', 'teapot']);
    expect(teapot?.locations).toEqual([{ line: 1, column: 25 }]);
    // Apollo reads extensions.code of every error: an object, never undefined.
    expect(failing?.extensions).toEqual({});
    expect(failing?.originalError?.message).toBe('no Neo4j today');
  });

  it('answers variables that do not coerce with graphql-js errors (Apollo makes them BAD_USER_INPUT)', async () => {
    const { jitResult, reference } = await bothWays('query($c: String!) { country(code: $c) { code } }', { c: 12 });
    expect(jitResult).toEqual(reference);
    expect(jitResult.data).toBeUndefined();
    expect(jitResult.errors?.[0]?.nodes?.[0]?.kind).toBe('VariableDefinition');
  });

  it('compiles each operation of a document once and reuses it for later requests', async () => {
    const compile = vi.mocked(jit.compileQuery);
    compile.mockClear();
    const executor = createJitExecutor(schema);
    const document = parse('query A { country(code: "ML") { code } } query B($n: Int) { countries(first: $n) { code } }');
    const a1 = await executor(requestFor(document, {}, 'A'));
    const a2 = await executor(requestFor(document, {}, 'A'));
    const b = await executor(requestFor(document, { n: 1 }, 'B'));
    expect(a1).toEqual({ data: { country: { code: 'ML' } } });
    expect(a2).toEqual(a1);
    expect(b).toEqual({ data: { countries: [{ code: 'ML' }] } });
    expect(compile).toHaveBeenCalledTimes(2);
    // Another parse of the same text is another document (Apollo's store reuses one per text).
    await executor(requestFor(parse('query A { country(code: "ML") { code } }'), {}, 'A'));
    expect(compile).toHaveBeenCalledTimes(3);
  });

  it('runs mutations through graphql-js, uncompiled', async () => {
    const compile = vi.mocked(jit.compileQuery);
    compile.mockClear();
    const { jitResult, reference } = await bothWays('mutation { rename(code: "ML", name: "Mali") { code name } }');
    expect(jitResult).toEqual(reference);
    expect(jitResult.data).toEqual({ rename: { code: 'ML', name: 'Mali' } });
    expect(compile).not.toHaveBeenCalled();
  });

  it('leaves a document without a resolvable operation to graphql-js, and its error', async () => {
    const { jitResult, reference } = await bothWays('query A { failing } query B { failing }');
    expect(jitResult).toEqual(reference);
    expect(jitResult.errors?.[0]?.message).toMatch(/operation name/);
  });
});

describe('createJitGateway', () => {
  it('announces the schema to Apollo before load() resolves, then hands the executor', async () => {
    const gateway = createJitGateway(schema, 'type Query { x: Int }');
    const seen: unknown[] = [];
    gateway.onSchemaLoadOrUpdate((ctx) => seen.push(ctx.apiSchema));
    const { executor } = await gateway.load({ apollo: {} });
    expect(seen).toEqual([schema]);
    expect(typeof executor).toBe('function');
    await gateway.stop();
  });
});
