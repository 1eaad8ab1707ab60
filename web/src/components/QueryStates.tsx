import type { ReactNode } from 'react';
import { GraphQLRequestError } from '../graphqlClient.js';
import { Link } from '../router.js';
import type { QueryState } from '../useQuery.js';

/** A loading notice that screen readers announce. */
export function Loading({ what }: { what: string }) {
  return (
    <p className="state state-loading" role="status" aria-live="polite">
      Loading {what}…
    </p>
  );
}

/** What a list or view shows when there is nothing to show, said plainly. */
export function Empty({ children }: { children: ReactNode }) {
  return <p className="state state-empty">{children}</p>;
}

/** An error said plainly, with what the reader can do about it. */
export function ErrorView({ error }: { error: Error }) {
  const hint =
    error instanceof GraphQLRequestError && error.kind === 'network'
      ? 'Check that the server is running, then reload the page.'
      : 'Reload the page to try again; if it persists, the server log says more.';
  return (
    <div className="state state-error" role="alert">
      <p>
        <strong>Could not load this view.</strong> {error.message}
      </p>
      <p>{hint}</p>
    </div>
  );
}

/** The view of an id or address that names nothing in the graph. */
export function NotFound({ what }: { what: string }) {
  return (
    <section className="not-found" aria-labelledby="not-found-title">
      <h1 id="not-found-title">Not found</h1>
      <p>{what}</p>
      <p>
        <Link to="/">Back to the start page</Link> or search above.
      </p>
    </section>
  );
}

/**
 * Renders `children` with the data once a query is answered, and its loading or error state
 * before. With `notFound`, an argument the API refuses as invalid (an unknown country code)
 * shows the not-found view with that text rather than an error.
 */
export function WithQuery<T>({ state, what, notFound, children }: { state: QueryState<T>; what: string; notFound?: string; children: (data: T) => ReactNode }) {
  if (state.status === 'loading') return <Loading what={what} />;
  if (state.status === 'error') {
    if (notFound && state.error instanceof GraphQLRequestError && state.error.code === 'BAD_USER_INPUT') return <NotFound what={notFound} />;
    return <ErrorView error={state.error} />;
  }
  return <>{children(state.data)}</>;
}
