import type { ManagedTransaction } from 'neo4j-driver';
import { logger } from '../config/logger.js';
import { QueryTimeoutError } from '../domain/errors.js';
import { currentDriver } from './driver.js';
import { fromNeo4j } from './fromNeo4j.js';
import { mapNeo4jError } from './mapNeo4jError.js';
import { loadQueryTexts, QUERIES, type QueryName } from './queryRegistry.js';
import type { ParamsOf, RowOf } from './querySpec.js';
import { withoutCallerStack } from './withoutCallerStack.js';

export type Params<N extends QueryName> = ParamsOf<(typeof QUERIES)[N]>;
export type Row<N extends QueryName> = RowOf<(typeof QUERIES)[N]>;

export interface RunOptions {
  /** Transaction timeout in ms (the server aborts past it). */
  readonly timeoutMs?: number;
  /**
   * Run as an auto-commit transaction (one RUN+PULL round trip instead of BEGIN, RUN+PULL and
   * COMMIT), without the driver's retries. For latency-bound API reads, where a failed read is
   * answered as an error rather than retried, and for writes that commit in batches of their
   * own (CALL … IN TRANSACTIONS, which a managed transaction refuses).
   */
  readonly autoCommit?: boolean;
}

/**
 * Runs a named query in its own managed transaction: executeRead for read queries,
 * executeWrite for writes, so the driver retries transient errors. The only way
 * diplograph talks to Neo4j. Rows come back as plain data (see fromNeo4j).
 */
export async function runQuery<N extends QueryName>(name: N, params: Params<N>, options: RunOptions = {}): Promise<Row<N>[]> {
  const text = loadQueryTexts().get(name);
  if (text === undefined) throw new Error(`Unknown query ${name}`);
  const { driver, connection } = currentDriver();
  // READ access routes an auto-commit read to a reader in a cluster (managed transactions say it themselves).
  const session = driver.session({ ...(connection.database ? { database: connection.database } : {}), defaultAccessMode: QUERIES[name].mode === 'read' ? 'READ' : 'WRITE' });
  const started = performance.now();
  const config = {
    metadata: { query: name },
    ...(options.timeoutMs !== undefined ? { timeout: options.timeoutMs } : {}),
  };
  const work = async (tx: ManagedTransaction) => {
    const result = await withoutCallerStack(() => tx.run(text, params as Record<string, unknown>));
    return result.records.map((r) => fromNeo4j(r.toObject()) as Row<N>);
  };
  try {
    const mode = QUERIES[name].mode;
    const rows =
      options.autoCommit
        ? (await withinBudget(withoutCallerStack(() => session.run(text, params as Record<string, unknown>, config)), options.timeoutMs, name)).records.map(
            (r) => fromNeo4j(r.toObject()) as Row<N>,
          )
        : mode === 'read'
          ? await session.executeRead(work, config)
          : await session.executeWrite(work, config);
    logger.debug({ query: name, ms: Math.round(performance.now() - started), rows: rows.length }, 'query');
    return rows;
  } catch (error) {
    throw mapNeo4jError(error, connection.uri, name);
  } finally {
    await session.close();
  }
}

/**
 * Neo4j checks a transaction's budget at the start of each statement and then only now and
 * then, so an auto-commit read (one statement) can overrun it by a lot: the budget is also
 * kept here, on the client's clock. Past it the caller gets QueryTimeoutError at once; the
 * session is closed by runQuery, which discards the rest of the result on the server.
 */
function withinBudget<T>(work: PromiseLike<T>, timeoutMs: number | undefined, name: string): Promise<T> {
  if (timeoutMs === undefined) return Promise.resolve(work);
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new QueryTimeoutError(`query ${name} ran past its time budget (${timeoutMs} ms)`)), timeoutMs);
  });
  return Promise.race([Promise.resolve(work), expired]).finally(() => clearTimeout(timer));
}

/** One named write query of a multi-statement transaction. */
export type WriteStep = { [N in QueryName]: { readonly name: N; readonly params: Params<N> } }[QueryName];

/** The rows the latest step of that name returned, in a transaction of runWriteTransaction (none before it ran). */
export type RowsOf = <N extends QueryName>(name: N) => Row<N>[];

/** A step built from the rows of the steps before it; null when they leave it nothing to do. */
export type LaterWriteStep = (rowsOf: RowsOf) => WriteStep | null;

/** Runs one named query inside the open transaction of runWriteTransaction's `prepare`. */
export type TransactionQuery = <N extends QueryName>(name: N, params: Params<N>) => Promise<Row<N>[]>;

/** Reads what a write needs, inside its transaction, and returns the steps to write. */
export type PrepareWrite = (query: TransactionQuery) => Promise<readonly (WriteStep | LaterWriteStep)[]>;

/**
 * Runs several named write queries in ONE managed transaction (all or nothing), in order,
 * and returns each step's rows; a step given as a function is built from the rows of the
 * steps before it. The ingest writer uses it so that a batch is never half
 * written; the driver retries the whole function on transient errors. Given `prepare`
 * instead of steps, it first runs that in the transaction (reads, locks, planning): a retry
 * runs it again, so it must only depend on what it reads.
 */
export async function runWriteTransaction(steps: readonly (WriteStep | LaterWriteStep)[] | PrepareWrite, options: RunOptions = {}): Promise<unknown[][]> {
  const texts = loadQueryTexts();
  const { driver, connection } = currentDriver();
  const session = driver.session(connection.database ? { database: connection.database } : {});
  const started = performance.now();
  const names = typeof steps === 'function' ? ['prepared'] : steps.map((s) => (typeof s === 'function' ? '…' : s.name));
  const textOf = (name: QueryName) => {
    const text = texts.get(name);
    if (text === undefined) throw new Error(`Unknown query ${name}`);
    return text;
  };
  try {
    const results = await session.executeWrite(
      async (tx) => {
        const query: TransactionQuery = async (name, params) =>
          (await withoutCallerStack(() => tx.run(textOf(name), params as Record<string, unknown>))).records.map((r) => fromNeo4j(r.toObject()) as Row<typeof name>);
        const list = typeof steps === 'function' ? await steps(query) : steps;
        const out: unknown[][] = [];
        const latest = new Map<string, unknown[]>();
        const rowsOf = (<N extends QueryName>(name: N) => (latest.get(name) ?? []) as Row<N>[]) as RowsOf;
        for (const stepOrFn of list) {
          const step = typeof stepOrFn === 'function' ? stepOrFn(rowsOf) : stepOrFn;
          if (step === null) continue;
          const result = await withoutCallerStack(() => tx.run(textOf(step.name), step.params as Record<string, unknown>));
          const rows = result.records.map((r) => fromNeo4j(r.toObject()));
          out.push(rows);
          latest.set(step.name, rows);
        }
        return out;
      },
      { metadata: { query: names.join('+') }, ...(options.timeoutMs !== undefined ? { timeout: options.timeoutMs } : {}) },
    );
    logger.debug({ queries: names, ms: Math.round(performance.now() - started) }, 'write transaction');
    return results;
  } catch (error) {
    throw mapNeo4jError(error, connection.uri, names.join('+'));
  } finally {
    await session.close();
  }
}

/** Runs one named query inside the transaction of runInWriteTransaction. */
export type TransactionRunner = <N extends QueryName>(name: N, params: Params<N>) => Promise<Row<N>[]>;

/**
 * Runs `work` in ONE managed write transaction, giving it a runner of named queries: for
 * writes whose later statements depend on what earlier ones read (corrections read the state
 * they change after taking their lock). An error thrown by `work` rolls everything back; the
 * driver retries the whole function on transient errors, so `work` must not have other effects.
 */
export async function runInWriteTransaction<T>(label: string, work: (run: TransactionRunner) => Promise<T>, options: RunOptions = {}): Promise<T> {
  const texts = loadQueryTexts();
  const { driver, connection } = currentDriver();
  const session = driver.session(connection.database ? { database: connection.database } : {});
  const started = performance.now();
  try {
    const result = await session.executeWrite(
      (tx) => {
        const run: TransactionRunner = async (name, params) => {
          const text = texts.get(name);
          if (text === undefined) throw new Error(`Unknown query ${name}`);
          const rows = await withoutCallerStack(() => tx.run(text, params as Record<string, unknown>));
          return rows.records.map((r) => fromNeo4j(r.toObject()) as never);
        };
        return work(run);
      },
      { metadata: { query: label }, ...(options.timeoutMs !== undefined ? { timeout: options.timeoutMs } : {}) },
    );
    logger.debug({ transaction: label, ms: Math.round(performance.now() - started) }, 'write transaction');
    return result;
  } catch (error) {
    throw mapNeo4jError(error, connection.uri, label);
  } finally {
    await session.close();
  }
}
