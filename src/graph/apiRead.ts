import neo4j, { type Integer } from 'neo4j-driver';
import type { API_QUERIES } from './catalog/apiQueries.js';
import type { CORRECTION_QUERIES } from './catalog/correctionQueries.js';
import { runQuery, type Params, type Row } from './runQuery.js';

/** Options of every API read: the transaction time budget and an observer of queries run. */
export interface ReadOptions {
  /** Transaction timeout in ms (the server aborts the query past it). */
  readonly timeoutMs?: number;
  /** Called once per query run, with its name; the API counts queries per request with it. */
  readonly onQuery?: (name: string) => void;
}

/** Name of a query of the API catalog. */
export type ApiQueryName = keyof typeof API_QUERIES | keyof typeof CORRECTION_QUERIES;

/** Runs one API catalog query through runQuery, telling the observer. */
export async function apiRead<N extends ApiQueryName>(name: N, params: Params<N>, options: ReadOptions): Promise<Row<N>[]> {
  options.onQuery?.(name);
  // Auto-commit: one round trip per read instead of three (BEGIN, RUN, COMMIT), which under
  // concurrency was most of a small query's cost on both sides of the connection.
  return runQuery(name, params, { autoCommit: true, ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}) });
}

/** A non-negative count as the Neo4j Integer that SKIP, LIMIT and list slices require. */
export function toInt(n: number): Integer {
  return neo4j.int(Math.max(0, Math.trunc(n)));
}

/**
 * Orders rows keyed by `keyOf` as `keys` (DataLoader's contract): a key without a row gets
 * `fallback`.
 */
export function alignByKey<R, V>(keys: readonly string[], rows: readonly R[], keyOf: (r: R) => string, valueOf: (r: R) => V, fallback: V): V[] {
  const byKey = new Map<string, V>();
  for (const row of rows) byKey.set(keyOf(row), valueOf(row));
  return keys.map((k) => (byKey.has(k) ? (byKey.get(k) as V) : fallback));
}
