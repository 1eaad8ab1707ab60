import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { logger } from '../config/logger.js';
import { InvalidInputError, NotFoundError, QueryTimeoutError } from '../domain/errors.js';

// Codes that GraphQL, Apollo, graphql-armor or our own resolvers set on purpose and whose
// messages are written for clients.
const CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'INTROSPECTION_DISABLED',
]);

// Structural check: graphql-armor and graphql-scalars may load graphql's CommonJS build, whose
// GraphQLError is not the class this module would import (the dual-package hazard).
function isGraphQLError(error: unknown): boolean {
  return error instanceof Error && typeof (error as { extensions?: unknown }).extensions === 'object';
}

function withoutStack(formatted: GraphQLFormattedError, code: string, message = formatted.message): GraphQLFormattedError {
  return {
    message,
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code },
  };
}

/**
 * The one place where errors become responses: domain input errors are BAD_USER_INPUT, missing
 * entities NOT_FOUND, a query past its time budget QUERY_TIMEOUT; anything else is logged and
 * masked as INTERNAL_SERVER_ERROR. No stack trace, Cypher or driver message ever reaches a client.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof InvalidInputError) return withoutStack(formatted, 'BAD_USER_INPUT', original.message);
  if (original instanceof NotFoundError) return withoutStack(formatted, 'NOT_FOUND', original.message);
  if (original instanceof QueryTimeoutError) {
    return withoutStack(formatted, 'QUERY_TIMEOUT', 'The query took longer than the server allows; narrow the filter or the page');
  }
  const code = typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : undefined;
  if (isGraphQLError(original) && code && CLIENT_CODES.has(code)) {
    return withoutStack(formatted, code);
  }
  logger.error({ err: original, path: formatted.path }, 'GraphQL request failed');
  return withoutStack(formatted, 'INTERNAL_SERVER_ERROR', 'Internal server error');
}
