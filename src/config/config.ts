import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { z } from 'zod';
import { ConfigError } from '../domain/errors.js';
import { projectRoot } from './projectRoot.js';

const bool = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off'])
  .transform((v) => ['1', 'true', 'yes', 'on'].includes(v));
const size = z.string().regex(/^\d+[kmgKMG]?$/, 'a size such as 512m or 4g');
const port = z.coerce.number().int().min(1).max(65535);

/** Every environment variable diplograph reads, with its default (README "Configuration"). */
const EnvSchema = z.object({
  NEO4J_URI: z.string().url().optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().optional(),
  DIPLOGRAPH_NEO4J_HOST: z.string().default('127.0.0.1'),
  DIPLOGRAPH_NEO4J_PORT: port.default(7687),
  DIPLOGRAPH_NEO4J_HOME: z.string().default('.neo4j'),
  // Sized for a 2-core, 24 GiB machine: leave most memory to the OS, the API and ingest.
  DIPLOGRAPH_NEO4J_HEAP: size.default('4g'),
  DIPLOGRAPH_NEO4J_PAGECACHE: size.default('4g'),
  DIPLOGRAPH_NEO4J_START_TIMEOUT_MS: z.coerce.number().int().positive().default(180_000),
  DIPLOGRAPH_API_HOST: z.string().default('127.0.0.1'),
  DIPLOGRAPH_API_PORT: port.default(4000),
  DIPLOGRAPH_API_TOKEN: z.string().min(16, 'at least 16 characters').optional(),
  DIPLOGRAPH_READ_TOKEN: z.string().min(16, 'at least 16 characters').optional(),
  // Corrections (issue 12): named tokens of analysts, "name:token,name:token"; the name is
  // recorded as the author of each correction made with the token.
  DIPLOGRAPH_ANALYST_TOKENS: z
    .string()
    .regex(/^\s*[\w.@-]{1,100}:\S{16,}\s*(,\s*[\w.@-]{1,100}:\S{16,}\s*)*$/, 'name:token pairs separated by commas (names of letters, digits, . @ _ -; tokens of at least 16 characters)')
    .optional(),
  DIPLOGRAPH_INTROSPECTION: bool.default(true),
  DIPLOGRAPH_LANDING_PAGE: bool.default(true),
  DIPLOGRAPH_CORS_ORIGINS: z.string().default('*'),
  DIPLOGRAPH_QUERY_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  DIPLOGRAPH_MAX_PAGE_SIZE: z.coerce.number().int().positive().max(1000).default(100),
  // Live updates (issue 13): how often each API process polls the graph's change sequence while
  // someone subscribes, and how many subscriptions one WebSocket connection may hold.
  DIPLOGRAPH_CHANGE_POLL_MS: z.coerce.number().int().min(20).max(60_000).default(250),
  DIPLOGRAPH_MAX_SUBSCRIPTIONS: z.coerce.number().int().positive().max(1000).default(20),
  // Large batches amortise each transaction's fixed cost (round trips, statement set-up):
  // 1000 articles ingest ~1.5x faster than 200 and stay a few MB per transaction.
  DIPLOGRAPH_BATCH_SIZE: z.coerce.number().int().positive().max(10_000).default(1000),
  // Extraction worker threads of `diplograph ingest` (issue 14); 0 extracts on the main thread.
  // Default: one per core but one, left to the writer and a local Neo4j, which commits one batch
  // at a time. On two shared cores 1 worker beat 2 (bench:ingest: 2.50 vs 2.97 CPU s per 1,000
  // articles, ingest and Neo4j together): each worker warms up its own copy of the extractor.
  DIPLOGRAPH_INGEST_THREADS: z.coerce.number().int().min(0).max(64).default(Math.max(1, availableParallelism() - 1)),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface Neo4jConnection {
  /** bolt://, neo4j://, neo4j+s:// … */
  readonly uri: string;
  readonly user: string;
  readonly password: string | null;
  readonly database: string | null;
  /** True when NEO4J_URI points at a server we do not manage. */
  readonly external: boolean;
}

export interface LocalNeo4jConfig {
  readonly host: string;
  readonly port: number;
  /** Absolute path holding data, logs and the pid file. */
  readonly home: string;
  readonly heap: string;
  readonly pageCache: string;
  readonly password: string | null;
  readonly startTimeoutMs: number;
}

export interface ApiConfig {
  readonly host: string;
  readonly port: number;
  readonly apiToken: string | null;
  readonly readToken: string | null;
  /** Named tokens of analysts: they may correct the graph, as authors of their corrections. */
  readonly analystTokens?: readonly AnalystToken[];
  readonly introspection: boolean;
  readonly landingPage: boolean;
  /** "*" or a list of allowed origins. */
  readonly corsOrigins: '*' | readonly string[];
  readonly queryTimeoutMs: number;
  readonly maxPageSize: number;
  /** Poll interval of the change feed behind subscriptions, ms (default 250). */
  readonly changePollMs?: number;
  /** Most subscriptions one WebSocket connection may hold (default 20). */
  readonly maxSubscriptionsPerConnection?: number;
}

/** A named token of an analyst (DIPLOGRAPH_ANALYST_TOKENS). */
export interface AnalystToken {
  readonly name: string;
  readonly token: string;
}

/** "name:token,name:token" as a list (the format is checked by EnvSchema). */
function analystTokens(value: string | undefined): AnalystToken[] {
  if (!value) return [];
  return value.split(',').map((pair) => {
    const at = pair.indexOf(':');
    return { name: pair.slice(0, at).trim(), token: pair.slice(at + 1).trim() };
  });
}

export interface Config {
  readonly neo4j: Neo4jConnection;
  readonly localNeo4j: LocalNeo4jConfig;
  readonly api: ApiConfig;
  readonly batchSize: number;
  /** Extraction worker threads for ingest; 0 = on the main thread. */
  readonly ingestThreads: number;
  readonly logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
}

/** Reads and validates the configuration; a bad value is a ConfigError naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  const localUri = `bolt://${e.DIPLOGRAPH_NEO4J_HOST}:${e.DIPLOGRAPH_NEO4J_PORT}`;
  return {
    neo4j: {
      uri: e.NEO4J_URI ?? localUri,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD ?? null,
      database: e.NEO4J_DATABASE ?? null,
      external: e.NEO4J_URI !== undefined,
    },
    localNeo4j: {
      host: e.DIPLOGRAPH_NEO4J_HOST,
      port: e.DIPLOGRAPH_NEO4J_PORT,
      home: resolve(projectRoot(), e.DIPLOGRAPH_NEO4J_HOME),
      heap: e.DIPLOGRAPH_NEO4J_HEAP,
      pageCache: e.DIPLOGRAPH_NEO4J_PAGECACHE,
      password: e.NEO4J_PASSWORD ?? null,
      startTimeoutMs: e.DIPLOGRAPH_NEO4J_START_TIMEOUT_MS,
    },
    api: {
      host: e.DIPLOGRAPH_API_HOST,
      port: e.DIPLOGRAPH_API_PORT,
      apiToken: e.DIPLOGRAPH_API_TOKEN ?? null,
      readToken: e.DIPLOGRAPH_READ_TOKEN ?? null,
      analystTokens: analystTokens(e.DIPLOGRAPH_ANALYST_TOKENS),
      introspection: e.DIPLOGRAPH_INTROSPECTION,
      landingPage: e.DIPLOGRAPH_LANDING_PAGE,
      corsOrigins:
        e.DIPLOGRAPH_CORS_ORIGINS.trim() === '*'
          ? '*'
          : e.DIPLOGRAPH_CORS_ORIGINS.split(',').map((s) => s.trim()).filter(Boolean),
      queryTimeoutMs: e.DIPLOGRAPH_QUERY_TIMEOUT_MS,
      maxPageSize: e.DIPLOGRAPH_MAX_PAGE_SIZE,
      changePollMs: e.DIPLOGRAPH_CHANGE_POLL_MS,
      maxSubscriptionsPerConnection: e.DIPLOGRAPH_MAX_SUBSCRIPTIONS,
    },
    batchSize: e.DIPLOGRAPH_BATCH_SIZE,
    ingestThreads: e.DIPLOGRAPH_INGEST_THREADS,
    logLevel: e.LOG_LEVEL,
  };
}
