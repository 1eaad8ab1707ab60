import { Neo4jError } from 'neo4j-driver';
import {
  ConstraintViolationError,
  DiplographError,
  GraphUnavailableError,
  QueryTimeoutError,
} from '../domain/errors.js';

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired']);

/**
 * The one place that turns driver errors into ours. `uri` names the server in the message,
 * `queryName` the query; anything unrecognised stays a DiplographError with the driver error
 * as its cause (and never reaches API clients, which see INTERNAL_SERVER_ERROR).
 */
export function mapNeo4jError(error: unknown, uri: string, queryName?: string): Error {
  if (error instanceof DiplographError) return error;
  if (!(error instanceof Neo4jError)) return error instanceof Error ? error : new Error(String(error));
  const what = queryName ? `query ${queryName}` : 'connection';
  const code = error.code;
  if (UNAVAILABLE.has(code) || code.startsWith('Neo.TransientError.General.DatabaseUnavailable')) {
    return new GraphUnavailableError(`Neo4j at ${uri} is unavailable (${what}): ${error.message}`, { cause: error });
  }
  if (code.startsWith('Neo.ClientError.Security.')) {
    return new GraphUnavailableError(`Neo4j at ${uri} refused our credentials (${code})`, { cause: error });
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new ConstraintViolationError(`${what} broke a uniqueness constraint: ${error.message}`, { cause: error });
  }
  if (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) {
    return new QueryTimeoutError(`${what} ran past its time budget`, { cause: error });
  }
  return new DiplographError('GRAPH_ERROR', `Neo4j error in ${what}: ${code}`, { cause: error });
}
