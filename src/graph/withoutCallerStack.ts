/**
 * Runs `start` (a driver call that starts a query: session.run, tx.run) without capturing the
 * caller's stack. The driver builds a Result for every query, and each Result captures
 * `new Error().stack` at once, so that an error of that query can later show where it was run:
 * formatting those frames was ~2.5% of the API's profile samples on a relation page, for a
 * stack that is always runQuery's (our errors name their query, mapNeo4jError). With V8's
 * frame limit at 0 for the synchronous call, the capture is an empty string; the limit is
 * restored before anything else runs, and the query's own errors keep their message, code and
 * cause.
 */
export function withoutCallerStack<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}
