import { useEffect, useState } from 'react';
import { requestGraphQL } from './graphqlClient.js';

/** Where one query stands: loading, failed (with an error to show) or answered. */
export type QueryState<T> = { status: 'loading' } | { status: 'error'; error: Error } | { status: 'done'; data: T };

// Answers of the last few queries, so that the back button shows a page at once. The graph
// changes only when articles are ingested; a reload fetches afresh.
const CACHE_SIZE = 30;
const cache = new Map<string, unknown>();

function remember(key: string, data: unknown): void {
  cache.delete(key);
  cache.set(key, data);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
}

/** Runs `query` with `variables` (again whenever they change) and tracks its state; `skip` runs nothing. */
export function useQuery<T>(query: string, variables: Record<string, unknown>, skip = false): QueryState<T> {
  const key = `${query}\n${JSON.stringify(variables)}`;
  const [state, setState] = useState<{ key: string; value: QueryState<T> }>(() => ({ key, value: initial<T>(key) }));
  useEffect(() => {
    if (skip) return;
    if (cache.has(key)) {
      setState({ key, value: { status: 'done', data: cache.get(key) as T } });
      return;
    }
    const controller = new AbortController();
    setState({ key, value: { status: 'loading' } });
    requestGraphQL<T>(query, JSON.parse(key.slice(query.length + 1)) as Record<string, unknown>, controller.signal).then(
      (data) => {
        remember(key, data);
        setState({ key, value: { status: 'done', data } });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ key, value: { status: 'error', error: error instanceof Error ? error : new Error(String(error)) } });
      },
    );
    return () => controller.abort();
  }, [key, query, skip]);
  // A render between a change of variables and its effect must not show the previous answer.
  return state.key === key ? state.value : initial<T>(key);
}

function initial<T>(key: string): QueryState<T> {
  return cache.has(key) ? { status: 'done', data: cache.get(key) as T } : { status: 'loading' };
}
