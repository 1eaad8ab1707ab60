import { timingSafeEqual } from 'node:crypto';
import type { AnalystToken } from '../config/config.js';

/** The bearer token of an Authorization header, or null. */
export function bearerToken(authorization: string | undefined | null): string | null {
  const m = authorization?.match(/^Bearer\s+(\S+)\s*$/i);
  return m?.[1] ?? null;
}

/** Whether `given` is `expected`, compared in constant time; never true without both. */
export function sameToken(given: string | null, expected: string | null): boolean {
  if (given === null || expected === null) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Whether a request with this Authorization header may read: always when no read token is
 * configured, else only with the read token or the API token. GraphQL over HTTP, the export
 * downloads and the WebSocket subscriptions all ask this one function.
 */
export function hasReadAccess(
  authorization: string | undefined | null,
  tokens: { readonly apiToken: string | null; readonly readToken: string | null; readonly analystTokens?: readonly AnalystToken[] },
): boolean {
  if (tokens.readToken === null) return true;
  const token = bearerToken(authorization);
  return sameToken(token, tokens.readToken) || sameToken(token, tokens.apiToken) || correctionAuthor(authorization, tokens) !== null;
}

/**
 * Who may correct the graph with this Authorization header: the analyst whose named token it
 * carries, "api" for the API token, or null (corrections refused).
 */
export function correctionAuthor(
  authorization: string | undefined | null,
  tokens: { readonly apiToken: string | null; readonly analystTokens?: readonly AnalystToken[] },
): string | null {
  const token = bearerToken(authorization);
  const analyst = (tokens.analystTokens ?? []).find((a) => sameToken(token, a.token));
  if (analyst) return analyst.name;
  return sameToken(token, tokens.apiToken) ? 'api' : null;
}
