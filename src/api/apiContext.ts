import { GraphQLError } from 'graphql';
import type { Article } from '../domain/article.js';
import type { IngestSummary } from '../domain/ingestSummary.js';
import type { ReadOptions } from '../graph/apiRead.js';
import { createLoaders, type Loaders } from './createLoaders.js';
import type { AnalystToken } from '../config/config.js';
import { bearerToken, correctionAuthor, hasReadAccess, sameToken } from './readAccess.js';

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
  /** Who corrects the graph with this request's token (an analyst's name, "api"), or null. */
  readonly correctionAuthor: string | null;
  readonly ingestArticles: IngestArticles;
}

/** What createApiContext needs from the server's options. */
export interface ApiContextOptions {
  readonly apiToken: string | null;
  readonly readToken: string | null;
  readonly analystTokens?: readonly AnalystToken[];
  readonly queryTimeoutMs: number;
  readonly maxPageSize: number;
  readonly ingestArticles: IngestArticles;
  /** Observer of every Cypher query run for the request (tests count queries with it). */
  readonly onQuery?: (name: string) => void;
}

/**
 * The context of one request. When a read token is configured, a request without it (or the
 * API token) is refused as UNAUTHENTICATED (HTTP 401) before any resolver runs.
 */
export function createApiContext(authorization: string | undefined | null, options: ApiContextOptions): ApiContext {
  const canWrite = sameToken(bearerToken(authorization), options.apiToken);
  if (!hasReadAccess(authorization, options)) {
    throw new GraphQLError('A valid read token is required (Authorization: Bearer <token>)', {
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
    });
  }
  const read: ReadOptions = { timeoutMs: options.queryTimeoutMs, ...(options.onQuery ? { onQuery: options.onQuery } : {}) };
  return {
    loaders: createLoaders(read),
    read,
    maxPageSize: options.maxPageSize,
    canWrite,
    correctionAuthor: correctionAuthor(authorization, options),
    ingestArticles: options.ingestArticles,
  };
}
