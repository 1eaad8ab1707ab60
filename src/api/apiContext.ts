import { timingSafeEqual } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { Article } from '../domain/article.js';
import type { IngestSummary } from '../domain/ingestSummary.js';
import type { ReadOptions } from '../graph/apiRead.js';
import { createLoaders, type Loaders } from './createLoaders.js';

/**
 * Ingests articles for the `ingestArticles` mutation. The API cannot import ingest/, so the
 * composition root (the CLI) passes the real function in.
 */
export type IngestArticles = (articles: readonly Article[]) => Promise<IngestSummary>;

/** Everything a resolver may use during one request. */
export interface ApiContext {
  readonly loaders: Loaders;
  readonly read: ReadOptions;
  readonly maxPageSize: number;
  /** True when the request carries the API token (needed by every mutation). */
  readonly canWrite: boolean;
  readonly ingestArticles: IngestArticles;
}

/** What createApiContext needs from the server's options. */
export interface ApiContextOptions {
  readonly apiToken: string | null;
  readonly readToken: string | null;
  readonly queryTimeoutMs: number;
  readonly maxPageSize: number;
  readonly ingestArticles: IngestArticles;
  /** Observer of every Cypher query run for the request (tests count queries with it). */
  readonly onQuery?: (name: string) => void;
}

function sameToken(given: string | null, expected: string | null): boolean {
  if (given === null || expected === null) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The bearer token of an Authorization header, or null. */
export function bearerToken(authorization: string | undefined | null): string | null {
  const m = authorization?.match(/^Bearer\s+(\S+)\s*$/i);
  return m?.[1] ?? null;
}

/**
 * The context of one request. When a read token is configured, a request without it (or the
 * API token) is refused as UNAUTHENTICATED (HTTP 401) before any resolver runs.
 */
export function createApiContext(authorization: string | undefined | null, options: ApiContextOptions): ApiContext {
  const token = bearerToken(authorization);
  const canWrite = sameToken(token, options.apiToken);
  if (options.readToken !== null && !canWrite && !sameToken(token, options.readToken)) {
    throw new GraphQLError('A valid read token is required (Authorization: Bearer <token>)', {
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
    });
  }
  const read: ReadOptions = { timeoutMs: options.queryTimeoutMs, ...(options.onQuery ? { onQuery: options.onQuery } : {}) };
  return { loaders: createLoaders(read), read, maxPageSize: options.maxPageSize, canWrite, ingestArticles: options.ingestArticles };
}
