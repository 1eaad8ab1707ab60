import { GraphUnavailableError } from '../src/domain/errors.js';

/** How long and how often a batch write is retried while Neo4j is unavailable. */
export interface RetryPolicy {
  /** Give up after this long (ms) without a successful write. */
  readonly maxElapsedMs: number;
  readonly initialDelayMs: number;
  readonly maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxElapsedMs: 10 * 60_000, initialDelayMs: 500, maxDelayMs: 15_000 };

/**
 * Runs `write` until it succeeds, waiting with exponential backoff (and jitter) while the graph
 * is unavailable — a server restart mid-run loses nothing. Other errors are not retried here:
 * the driver's transaction functions already retried the transient ones.
 */
export async function retryWrite<T>(
  write: () => Promise<T>,
  policy: RetryPolicy = DEFAULT_RETRY,
  onRetry: (attempt: number, delayMs: number, error: Error) => void = () => undefined,
): Promise<T> {
  const started = Date.now();
  let delay = policy.initialDelayMs;
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      if (!(error instanceof GraphUnavailableError) || Date.now() - started + delay > policy.maxElapsedMs) throw error;
      const wait = Math.round(delay * (0.75 + Math.random() * 0.5));
      onRetry(attempt, wait, error);
      await new Promise((r) => setTimeout(r, wait));
      delay = Math.min(delay * 2, policy.maxDelayMs);
    }
  }
}
