import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import type { GraphQLSchema, ValidationRule } from 'graphql';
import type * as GraphqlModule from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { logger } from '../../config/logger.js';
import { createApiContext, type ApiContextOptions } from '../apiContext.js';
import { formatError } from '../formatError.js';
import { hasReadAccess } from '../readAccess.js';

/** What the WebSocket endpoint enforces. */
export interface SubscriptionServerOptions {
  readonly schema: GraphQLSchema;
  /** The context options of HTTP requests: tokens, time budget, page size. */
  readonly context: ApiContextOptions;
  /** The validation rules of HTTP requests (graphql-armor's depth, cost, alias limits). */
  readonly validationRules: readonly ValidationRule[];
  /** Most tokens a document may have, as for HTTP requests. */
  readonly maxTokens: number;
  /** Most operations one connection may run at once. */
  readonly maxSubscriptionsPerConnection: number;
}

// graphql-js ships two builds (ESM .mjs, CommonJS .js), and functions taking a schema refuse one
// built by the other (the dual-package hazard). Node gives graphql-ws, graphql-tools and Apollo the
// CommonJS build; a bundling loader (vitest's) may give this file the ESM one. What this file
// hands graphql-ws (validation with graphql-armor's rules, the errors of a refusal) is therefore
// made with the CommonJS build, the schema's and graphql-ws's own.
const commonGraphql = createRequire(import.meta.url)('graphql') as typeof GraphqlModule;

const refusal = (message: string, code: string) => [new commonGraphql.GraphQLError(message, { extensions: { code } })];

/** The Authorization of a connection: connection_init's `authorization`, else the upgrade request's header. */
function authorizationOf(params: Readonly<Record<string, unknown>> | undefined, header: string | undefined): string | undefined {
  const given = params?.['authorization'] ?? params?.['Authorization'];
  return typeof given === 'string' ? given : header;
}

/**
 * Serves GraphQL over WebSocket (graphql-ws, the protocol of Apollo Client and urql) on the API's
 * HTTP server at `/graphql`, beside the HTTP endpoint. A connection without the read token (when
 * one is set) is closed with 4403; each operation is parsed with the token limit and validated
 * with the HTTP rules (depth, cost, aliases) before it runs; past the cap of operations per
 * connection, a new one is refused; errors are formatted by formatError, as over HTTP.
 * Returns a dispose that closes every connection.
 */
export function startSubscriptionServer(httpServer: Server, options: SubscriptionServerOptions): () => Promise<void> {
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: 1 << 20 });
  const active = new WeakMap<object, Set<string>>();
  const rules = [...commonGraphql.specifiedRules, ...options.validationRules];
  const serverCleanup = useServer<Record<string, unknown>>(
    {
      schema: options.schema,
      connectionInitWaitTimeout: 10_000,
      onConnect: (ctx) => hasReadAccess(authorizationOf(ctx.connectionParams, ctx.extra.request.headers.authorization), options.context),
      validate: (schema, document) => commonGraphql.validate(schema, document, rules),
      context: (ctx) => createApiContext(authorizationOf(ctx.connectionParams, ctx.extra.request.headers.authorization), options.context),
      onSubscribe: (ctx, id, payload) => {
        try {
          commonGraphql.parse(payload.query, { maxTokens: options.maxTokens });
        } catch (error) {
          return refusal(error instanceof commonGraphql.GraphQLError ? error.message : 'Syntax error', 'GRAPHQL_PARSE_FAILED');
        }
        const ids = active.get(ctx) ?? new Set<string>();
        active.set(ctx, ids);
        if (ids.size >= options.maxSubscriptionsPerConnection) {
          return refusal(`At most ${options.maxSubscriptionsPerConnection} subscriptions per connection`, 'BAD_USER_INPUT');
        }
        ids.add(id);
        return undefined;
      },
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: result.errors.map((e) => formatError(e.toJSON(), e)) } : undefined,
      onError: (ctx, id, _payload, errors) => {
        active.get(ctx)?.delete(id);
        return errors.map((e) => formatError(e.toJSON(), e));
      },
      onComplete: (ctx, id) => {
        active.get(ctx)?.delete(id);
      },
    },
    wsServer,
  );
  wsServer.on('error', (error) => logger.error({ err: error }, 'WebSocket server error'));
  return async () => {
    await serverCleanup.dispose();
    await new Promise<void>((resolve) => wsServer.close(() => resolve()));
  };
}
