import { createRequire } from 'node:module';
import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import type { DocumentNode, ExecutionResult, GraphQLError, GraphQLSchema } from 'graphql';
import type * as GraphqlModule from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

type Gateway = ApolloServerOptionsWithGateway<never>['gateway'];
type GatewayExecutor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;
type GatewayRequestContext = Parameters<GatewayExecutor>[0];

// graphql-js's CommonJS build: the one Node gives Apollo, graphql-tools (the schema) and
// graphql-jit, whose execute accepts their schema and whose GraphQLError Apollo recognises. A
// bundling loader (vitest's) may give this file the ESM build (the dual-package hazard, as in
// subscriptions/startSubscriptionServer.ts).
const commonGraphql = createRequire(import.meta.url)('graphql') as typeof GraphqlModule;

/** What graphql-jit compiled for one operation of a document, or null when it refused it. */
type Compiled = CompiledQuery | null;

/**
 * graphql-jit's errors are its own GraphQLError, whose `extensions` is undefined when the
 * resolver's error has none; Apollo's error normalising reads `extensions.code` and, failing,
 * answers a bare internal error in place of formatError's (a BAD_USER_INPUT lost its message,
 * path and code). The same error as graphql-js builds it: message, locations, path, original.
 */
function asGraphqlJsError(error: GraphQLError): GraphQLError {
  const copy = new commonGraphql.GraphQLError(error.message, { path: error.path, originalError: error.originalError, extensions: error.extensions });
  return Object.assign(copy, { locations: error.locations });
}

/**
 * Runs query operations through graphql-jit: each (document, operation name) is compiled once
 * to a JavaScript function and reused, instead of graphql-js walking the document for every
 * request (a meetings page resolves ~800 fields). Mutations and subscriptions, documents that
 * graphql-jit refuses, and requests whose variables do not coerce go to graphql-js's `execute`,
 * so that their results and errors are exactly graphql-js's (Apollo turns a variable error
 * into BAD_USER_INPUT only from graphql-js's error shape).
 *
 * Compiled queries are held in a WeakMap keyed by the parsed document: Apollo's document store
 * hands the same DocumentNode to every request of the same query text, and its LRU bounds how
 * many documents (and so compiled queries) live at once.
 */
export function createJitExecutor(schema: GraphQLSchema): GatewayExecutor {
  const compiledByDocument = new WeakMap<DocumentNode, Map<string, Compiled>>();

  const compiledFor = (document: DocumentNode, operationName: string | undefined): Compiled => {
    let byOperation = compiledByDocument.get(document);
    if (!byOperation) compiledByDocument.set(document, (byOperation = new Map()));
    const key = operationName ?? '';
    let compiled = byOperation.get(key);
    if (compiled === undefined) {
      const result = compileQuery(schema, document, operationName);
      compiled = isCompiledQuery(result) ? result : null;
      byOperation.set(key, compiled);
    }
    return compiled;
  };

  const withGraphqlJs = (rc: GatewayRequestContext): Promise<ExecutionResult> | ExecutionResult =>
    commonGraphql.execute({ schema, document: rc.document, contextValue: rc.context, variableValues: rc.request.variables, operationName: rc.request.operationName });

  return async (rc) => {
    // Apollo resolves the operation before executing; without one, graphql-js gives the error.
    if (rc.operation?.operation !== 'query') return withGraphqlJs(rc);
    const compiled = compiledFor(rc.document, rc.request.operationName);
    if (!compiled) return withGraphqlJs(rc);
    const result = await compiled.query(undefined, rc.context, rc.request.variables ?? {});
    // No data at all: the variables did not coerce and no resolver ran.
    if (result.data === undefined) return withGraphqlJs(rc);
    return result.errors ? { ...result, errors: result.errors.map(asGraphqlJsError) } : result;
  };
}

/**
 * An Apollo "gateway" over a local schema whose executor is `createJitExecutor`'s: Apollo 4+
 * takes a custom executor only from a gateway's load(). Apollo still parses, validates (with
 * every validation rule and plugin: graphql-armor's limits), builds the context and formats
 * errors; only execution changes.
 */
export function createJitGateway(schema: GraphQLSchema, sdl: string): Gateway {
  const listeners = new Set<Parameters<Gateway['onSchemaLoadOrUpdate']>[0]>();
  return {
    onSchemaLoadOrUpdate: (callback) => {
      listeners.add(callback);
      return () => listeners.delete(callback);
    },
    // Apollo expects the schema to have been announced by the time load() resolves.
    load: async () => {
      for (const listener of listeners) listener({ apiSchema: schema, coreSupergraphSdl: sdl });
      return { executor: createJitExecutor(schema) };
    },
    stop: async () => listeners.clear(),
  };
}
