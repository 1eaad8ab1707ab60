/**
 * The error classes every layer shares. `code` is stable and machine-readable; the API maps
 * it to GraphQL `extensions.code`, the CLI to its exit status. Always pass `{ cause }`.
 */
export class DiplographError extends Error {
  readonly code: string;
  constructor(code: string, message: string, options?: ErrorOptions) {
    super(message, options);
    this.code = code;
    this.name = new.target.name;
  }
}

/** Input from a user or a file is malformed; the message names the input and the reason. */
export class InvalidInputError extends DiplographError {
  constructor(message: string, options?: ErrorOptions) {
    super('INVALID_INPUT', message, options);
  }
}

/** A requested entity does not exist. */
export class NotFoundError extends DiplographError {
  constructor(message: string, options?: ErrorOptions) {
    super('NOT_FOUND', message, options);
  }
}

/** The environment or a configuration value is wrong (the message names the variable). */
export class ConfigError extends DiplographError {
  constructor(message: string, options?: ErrorOptions) {
    super('CONFIG', message, options);
  }
}

/** Neo4j cannot be reached or refused us; the message carries the server URL. */
export class GraphUnavailableError extends DiplographError {
  constructor(message: string, options?: ErrorOptions) {
    super('GRAPH_UNAVAILABLE', message, options);
  }
}

/** A write broke a uniqueness constraint: a bug in id derivation, never a user error. */
export class ConstraintViolationError extends DiplographError {
  constructor(message: string, options?: ErrorOptions) {
    super('CONSTRAINT_VIOLATION', message, options);
  }
}

/** A query ran past its time budget. */
export class QueryTimeoutError extends DiplographError {
  constructor(message: string, options?: ErrorOptions) {
    super('QUERY_TIMEOUT', message, options);
  }
}

/** Thrown by the default branch of an exhaustive `switch`: reaching it is a bug. */
export class UnreachableCaseError extends Error {
  constructor(value: never) {
    super(`Unreachable case: ${JSON.stringify(value)}`);
    this.name = new.target.name;
  }
}
