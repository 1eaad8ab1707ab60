import neo4j from 'neo4j-driver';
import type { EventFilter } from '../domain/eventFilter.js';
import type { ChangeFilterParam, ChangeLogEntry } from './catalog/exportQueries.js';
import { toInt } from './apiRead.js';
import { runQuery, type LaterWriteStep, type RowsOf } from './runQuery.js';
import { toFullTextQuery } from './toFullTextQuery.js';

// The change feed behind live updates: every writer records what it changed under the next value
// of one graph-wide sequence (changes.stamp, in the writer's own transaction, last), and each
// API process polls for entries above the last value it saw (changes.since). It lives in the
// graph, not in a process, so it works whichever process or machine wrote, and for any number
// of API instances behind a load balancer.

/** What a write changed, for the change feed. */
export interface ChangedIds {
  readonly eventIds: readonly string[];
  readonly relationIds: readonly string[];
}

/**
 * The last step of a write transaction: record the events and relations it changed (named by
 * `changedOf` from the rows of the steps before) under the next change sequence value.
 */
export function stampChanges(changedOf: (rowsOf: RowsOf) => ChangedIds): LaterWriteStep {
  return (rowsOf) => {
    const { eventIds, relationIds } = changedOf(rowsOf);
    return { name: 'changes.stamp', params: { eventIds: [...new Set(eventIds)], relationIds: [...new Set(relationIds)] } };
  };
}

/**
 * One slice of the change log: the changes that follow `after` without a gap (at most `span`),
 * merged. `upTo` is the new cursor; `gapAt` is the first missing value when a later one is
 * already visible (a commit seen in part, or an entry pruned before it was read).
 */
export interface ChangeSlice {
  readonly head: number;
  /** The cursor the slice starts from: the one asked for, or 0 when the sequence started again. */
  readonly after: number;
  readonly upTo: number;
  readonly gapAt: number | null;
  readonly eventIds: readonly string[];
  readonly relationIds: readonly string[];
  /** Commit time of the last change taken (ISO), for measuring delays. */
  readonly lastAt: string | null;
}

/**
 * The entries that follow `after` without a gap, merged: stops at the first missing value (or an
 * entry whose lists are not visible yet), or with `skipGap` steps over a missing value. Pure.
 */
export function contiguousChanges(after: number, changes: readonly ChangeLogEntry[], skipGap: boolean): Omit<ChangeSlice, 'head'> {
  const events = new Set<string>();
  const relations = new Set<string>();
  let upTo = after;
  let gapAt: number | null = null;
  let lastAt: string | null = null;
  for (const change of changes) {
    const complete = change.eventIds !== null && change.relationIds !== null;
    if (change.seq !== upTo + 1 || !complete) {
      gapAt ??= upTo + 1;
      if (!skipGap || !complete) break;
    }
    for (const id of change.eventIds ?? []) events.add(id);
    for (const id of change.relationIds ?? []) relations.add(id);
    upTo = change.seq;
    lastAt = change.at;
  }
  return { after, upTo, gapAt, eventIds: [...events], relationIds: [...relations], lastAt };
}

/** The sequence's current value (a poller starts from it: only later changes are news). */
export async function readChangeHead(timeoutMs?: number): Promise<number> {
  return (await readChangesSince(-1, 0, timeoutMs)).head;
}

/**
 * The changes after `after`, at most `span` of them; with `skipGap`, a gap in the sequence is
 * stepped over (its entry is taken as lost) instead of ending the slice.
 */
export async function readChangesSince(after: number, span: number, timeoutMs?: number, skipGap = false): Promise<ChangeSlice> {
  const options = { autoCommit: true, ...(timeoutMs ? { timeoutMs } : {}) };
  const [row] = await runQuery('changes.since', { after: neo4j.int(Math.trunc(after)), span: toInt(span) }, options);
  if (!row) return { head: 0, after: 0, upTo: 0, gapAt: null, eventIds: [], relationIds: [], lastAt: null };
  return { head: row.head, ...contiguousChanges(row.after, row.changes, skipGap) };
}

/**
 * For each keyed filter, which of `ids` match it, with the meetings query's criteria (one query
 * for every filter of every subscription). Filters that match nothing are absent.
 */
export async function matchChangedEvents(
  ids: readonly string[],
  filters: readonly { readonly key: string; readonly filter: EventFilter }[],
  timeoutMs?: number,
): Promise<Map<string, string[]>> {
  if (ids.length === 0 || filters.length === 0) return new Map();
  const params: ChangeFilterParam[] = filters.map(({ key, filter }) => ({
    key,
    countries: [...filter.countries],
    relation: filter.relation,
    person: filter.person,
    organization: filter.organization,
    topic: filter.topic,
    types: [...filter.types],
    status: filter.status,
    from: filter.from,
    to: filter.to,
    text: filter.text ? toFullTextQuery(filter.text) : null,
  }));
  const rows = await runQuery('changes.match-events', { ids: [...ids], filters: params }, { autoCommit: true, ...(timeoutMs ? { timeoutMs } : {}) });
  return new Map(rows.filter((r) => r.matched.length > 0).map((r) => [r.key, r.matched]));
}
