// Load for bench:api and bench:soak: autocannon POSTing GraphQL requests at a fixed
// concurrency for a while, with every response time kept (for exact percentiles) and GraphQL
// errors counted (a 200 with "errors" is a failure too).
import autocannon from 'autocannon';

/** What one load run measured. */
export interface LoadResult {
  /** Every response time, ms, sorted ascending. */
  readonly times: number[];
  /** Responses that were not a 200 without "errors", plus connection errors and timeouts. */
  readonly errors: number;
  readonly requests: number;
  readonly seconds: number;
  /** The first failed response body, to say what went wrong. */
  readonly firstError: string | null;
}

/** Runs `body()` requests against `url` for `seconds` from `concurrency` connections. */
export async function runLoad(url: string, body: () => string, seconds: number, concurrency: number): Promise<LoadResult> {
  const times: number[] = [];
  let failed = 0;
  let firstError: string | null = null;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections: concurrency,
        duration: seconds,
        timeout: 30,
        requests: [
          {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            setupRequest: (req) => ({ ...req, body: body() }),
            onResponse: (status, text) => {
              if (status !== 200 || text.includes('"errors"')) {
                failed++;
                firstError ??= `${status} ${text.slice(0, 300)}`;
              }
            },
          },
        ],
      },
      (error, r) => (error ? reject(error) : resolve(r)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
  times.sort((a, b) => a - b);
  return { times, errors: failed + result.errors + result.timeouts, requests: result.requests.total, seconds, firstError };
}

/** The p-th percentile (nearest rank) of ascending `sorted` values. */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}
