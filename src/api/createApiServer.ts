import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { makeExecutableSchema } from '@graphql-tools/schema';
import cors from 'cors';
import express from 'express';
import type { GraphQLSchema, ValidationRule } from 'graphql';
import type { ApiConfig } from '../config/config.js';
import { logger } from '../config/logger.js';
import { projectRoot } from '../config/projectRoot.js';
import { GraphUnavailableError } from '../domain/errors.js';
import { runQuery } from '../graph/runQuery.js';
import { createApiContext, type ApiContext, type IngestArticles } from './apiContext.js';
import { builtWebRoot, explorerRouter } from './explorerRouter.js';
import { exportRoute } from './exportRoute.js';
import { formatError } from './formatError.js';
import { graphqlRoute } from './graphqlRoute.js';
import { withInputLimits } from './inputLimits.js';
import { createJitGateway } from './jitGateway.js';
import { resolvers } from './resolvers.js';
import { createChangeFeed, type ChangeFeed } from './subscriptions/changeFeedPoller.js';
import { startSubscriptionServer } from './subscriptions/startSubscriptionServer.js';
import { subscriptionResolvers } from './subscriptions/subscriptionResolvers.js';

/** Limits on one GraphQL document, against abusive queries (graphql-armor). */
export const QUERY_LIMITS = Object.freeze({ maxDepth: 12, maxCost: 20_000, maxAliases: 15, maxTokens: 3_000, maxDirectives: 20 });

/** What the API needs besides its configuration. */
export interface ApiServerOptions {
  readonly config: ApiConfig;
  /** The ingest function for `ingestArticles` (the CLI passes the real one). */
  readonly ingestArticles: IngestArticles;
  /** Observer of every Cypher query run (tests count queries per request with it). */
  readonly onQuery?: (name: string) => void;
  /** The built web explorer to serve at `/` (default dist/web of the project). */
  readonly webRoot?: string;
}

/** The public schema text (schema/schema.graphql). */
export function readSchema(): string {
  return readFileSync(join(projectRoot(), 'schema', 'schema.graphql'), 'utf8');
}

/** graphql-armor's limits for this configuration: validation rules and Apollo plugins. */
function queryLimits(config: ApiConfig) {
  return new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth },
    costLimit: { maxCost: QUERY_LIMITS.maxCost },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    // armor's token plugin re-parses the document and turns a syntax error into an HTTP 500;
    // graphql-js enforces the same limit while parsing (parseOptions below), with a clean 400.
    maxTokens: { enabled: false },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    // Field suggestions reveal the schema even with introspection off.
    blockFieldSuggestion: { enabled: !config.introspection },
  }).protect();
}

/** Default poll interval of the change feed, ms, and cap of subscriptions per connection. */
export const SUBSCRIPTION_DEFAULTS = Object.freeze({ changePollMs: 250, maxSubscriptionsPerConnection: 20 });

/**
 * The executable schema: schema/schema.graphql with the resolvers, and the Subscription
 * resolvers fed by `feed` (without one, subscriptions are refused: Apollo serves no WebSocket),
 * every argument checked against the input limits first.
 */
export function createSchema(feed?: ChangeFeed) {
  const schema = makeExecutableSchema<ApiContext>({
    typeDefs: readSchema(),
    resolvers: feed ? { ...resolvers, Subscription: subscriptionResolvers(feed) } : resolvers,
  });
  return withInputLimits(schema);
}

/** How queries are executed: compiled by graphql-jit (the server's) or graphql-js's interpreter. */
export type Executor = 'jit' | 'graphql-js';

/**
 * The Apollo server with limits and error formatting (not started). Its landing page is off:
 * Apollo's loads its sandbox from a CDN; `startApiServer` serves an offline GraphiQL instead.
 * Queries run compiled by graphql-jit (jitGateway.ts); `executor: 'graphql-js'` keeps graphql-js's
 * own execution (tests compare the two).
 */
export function createApolloServer(
  config: ApiConfig,
  extraPlugins: ApolloServerPlugin<ApiContext>[] = [],
  schema: GraphQLSchema = createSchema(),
  executor: Executor = 'jit',
): ApolloServer<ApiContext> {
  const armor = queryLimits(config);
  return new ApolloServer<ApiContext>({
    ...(executor === 'jit' ? { gateway: createJitGateway(schema, readSchema()) } : { schema }),
    introspection: config.introspection,
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    formatError,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    // Compact JSON: Apollo's default indents every response (JSON.stringify(v, null, 2)), which
    // on a 20-event page was 5% of the API's CPU and a third more bytes on the wire.
    stringifyResult: (result) => JSON.stringify(result),
    // The serve command owns SIGTERM/SIGINT (stop the API, then close the driver); Apollo's own
    // handlers would re-raise the signal and race with it.
    stopOnTerminationSignals: false,
    validationRules: armor.validationRules,
    plugins: [
      ...(armor.plugins as ApolloServerPlugin<ApiContext>[]),
      ApolloServerPluginLandingPageDisabled(),
      // The schema sets no cache hints and no HTTP cache sits in front; Apollo's default
      // cache-control plugin would still wrap every field of every response (measured ~3% of
      // the API's CPU on a 20-event page).
      ApolloServerPluginCacheControlDisabled(),
      ...extraPlugins,
    ],
  });
}

/** A running API: its URL and a stop that drains requests and closes the HTTP server. */
export interface RunningApi {
  readonly url: string;
  readonly httpServer: Server;
  readonly stop: () => Promise<void>;
}

/**
 * Starts the HTTP API: POST/GET /graphql (CORS as configured), GET /export (downloads, see
 * exportRoute), GET /healthz, which answers 200 only when Neo4j serves queries, and the web
 * explorer at `/` with the offline GraphiQL on a browser's GET /graphql (when the landing page
 * is on). Port 0 picks a free port (tests).
 */
export async function startApiServer(options: ApiServerOptions): Promise<RunningApi> {
  const { config } = options;
  const app = express();
  app.disable('x-powered-by');
  // Express hashes every res.send body (SHA-1) for an ETag: a GraphQL POST is never revalidated,
  // and on a 20-event page the hash was ~1% of the API's CPU. Static files keep their own ETags.
  app.set('etag', false);
  // Requests are given to express once the /graphql route exists (below).
  const httpServer = createServer();
  const contextOptions = {
    apiToken: config.apiToken,
    readToken: config.readToken,
    ...(config.analystTokens ? { analystTokens: config.analystTokens } : {}),
    queryTimeoutMs: config.queryTimeoutMs,
    maxPageSize: config.maxPageSize,
    ingestArticles: options.ingestArticles,
    ...(options.onQuery ? { onQuery: options.onQuery } : {}),
  };
  // Live updates: one change feed per process, WebSocket subscriptions beside POST /graphql.
  const feed = createChangeFeed({ intervalMs: config.changePollMs ?? SUBSCRIPTION_DEFAULTS.changePollMs, queryTimeoutMs: config.queryTimeoutMs });
  const schema = createSchema(feed);
  const stopSubscriptions = startSubscriptionServer(httpServer, {
    schema,
    context: contextOptions,
    validationRules: queryLimits(config).validationRules as ValidationRule[],
    maxTokens: QUERY_LIMITS.maxTokens,
    maxSubscriptionsPerConnection: config.maxSubscriptionsPerConnection ?? SUBSCRIPTION_DEFAULTS.maxSubscriptionsPerConnection,
  });
  const closeSubscriptions: ApolloServerPlugin<ApiContext> = {
    serverWillStart: async () => ({
      drainServer: async () => {
        feed.close();
        await stopSubscriptions();
      },
    }),
  };
  const apollo = createApolloServer(config, [ApolloServerPluginDrainHttpServer({ httpServer }), closeSubscriptions], schema);
  await apollo.start();

  app.get('/healthz', async (_req, res) => {
    try {
      await runQuery('graph.ping', {}, { timeoutMs: Math.min(config.queryTimeoutMs, 5_000) });
      res.json({ status: 'ok', neo4j: 'up' });
    } catch (error) {
      logger.warn({ err: error }, 'health check failed');
      res.status(503).json({ status: 'unavailable', neo4j: error instanceof GraphUnavailableError ? 'unreachable' : 'error' });
    }
  });
  app.get('/export', cors<cors.CorsRequest>(config.corsOrigins === '*' ? {} : { origin: [...config.corsOrigins] }), exportRoute(config));
  app.use(explorerRouter(options.webRoot ?? builtWebRoot(projectRoot()), { graphiql: config.landingPage }));
  const graphql = graphqlRoute(apollo, {
    cors: cors<cors.CorsRequest>(config.corsOrigins === '*' ? {} : { origin: [...config.corsOrigins] }),
    json: express.json({ limit: '20mb' }),
    context: async (req) => createApiContext(req.headers.authorization, contextOptions),
  });
  app.use('/graphql', ...graphql.middleware);
  httpServer.on('request', (req, res) => (graphql.takes(req) ? graphql.servePost(req, res, app) : app(req, res)));

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const address = httpServer.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}/graphql`,
    httpServer,
    stop: () => apollo.stop(),
  };
}
