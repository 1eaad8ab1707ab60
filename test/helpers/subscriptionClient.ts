import type { FormattedExecutionResult } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

/** A graphql-ws client over a real WebSocket to a running API (its /graphql URL). */
export function subscriptionClient(httpUrl: string, authorization?: string): Client {
  return createClient({
    url: httpUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    lazy: false,
    ...(authorization ? { connectionParams: { authorization } } : {}),
  });
}

/** One subscription's messages as they arrive (with their arrival time), and its end. */
export interface Recorded {
  readonly messages: { readonly at: number; readonly result: FormattedExecutionResult<Record<string, unknown>, unknown> }[];
  readonly errors: unknown[];
  readonly stop: () => void;
}

/** Subscribes and records every message and error. */
export function record(client: Client, query: string, variables?: Record<string, unknown>): Recorded {
  const messages: Recorded['messages'] = [];
  const errors: unknown[] = [];
  const stop = client.subscribe<Record<string, unknown>>(
    { query, ...(variables ? { variables } : {}) },
    { next: (result) => messages.push({ at: Date.now(), result }), error: (e) => errors.push(e), complete: () => undefined },
  );
  return { messages, errors, stop };
}

/** Waits until `check` holds, polling every 25 ms, or fails after `ms`. */
export async function waitFor(check: () => boolean, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
