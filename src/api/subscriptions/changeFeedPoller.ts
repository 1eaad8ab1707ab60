import { logger } from '../../config/logger.js';
import type { EventFilter } from '../../domain/eventFilter.js';
import type { EventWithDetails, RelationRecord } from '../../domain/graphRecords.js';
import type { ReadOptions } from '../../graph/apiRead.js';
import { matchChangedEvents, readChangeHead, readChangesSince, type ChangeSlice } from '../../graph/changeFeed.js';
import { loadEventDetails, loadEvents } from '../../graph/loadEventDetails.js';
import { loadRelations } from '../../graph/loadRelationDetails.js';

/** How the change feed is polled. */
export interface ChangeFeedOptions {
  /** Time between polls while anyone listens, ms. */
  readonly intervalMs: number;
  /** Time budget of each poll's queries, ms. */
  readonly queryTimeoutMs: number;
  /** At most this many sequence values (write transactions) are read per query. */
  readonly span?: number;
}

/** The live updates of one API process: listeners register, one poller serves them all. */
export interface ChangeFeed {
  /** Resolves once the feed knows where "now" is in the graph's change sequence. */
  readonly ready: () => Promise<void>;
  /** Calls `push` with each changed event matching `filter`; returns the unsubscribe. */
  readonly watchEvents: (filter: EventFilter, push: (event: EventWithDetails) => void) => () => void;
  /** Calls `push` with the relation each time its figures change; returns the unsubscribe. */
  readonly watchRelation: (relationId: string, push: (relation: RelationRecord) => void) => () => void;
  /** Stops polling for good. */
  readonly close: () => void;
}

const MAX_BACKOFF_MS = 5_000;
const GAP_PATIENCE_MS = 2_000;

/**
 * A poller of the graph's change sequence (changes.since, one index seek per poll), running
 * only while someone listens. Each poll matches the changed events against every distinct
 * filter in one query (changes.match-events), loads the matching events with their details
 * once, and hands them to each listener. When Neo4j is away the poller keeps its cursor and
 * retries with backoff, so nothing committed meanwhile is missed once it is back.
 */
export function createChangeFeed(options: ChangeFeedOptions): ChangeFeed {
  const span = options.span ?? 50;
  const read: ReadOptions = { timeoutMs: options.queryTimeoutMs };
  const eventWatchers = new Set<{ key: string; filter: EventFilter; push: (e: EventWithDetails) => void }>();
  const relationWatchers = new Set<{ id: string; push: (r: RelationRecord) => void }>();
  let cursor: number | null = null;
  let starting: Promise<void> | null = null;
  let timer: NodeJS.Timeout | null = null;
  let polling = false;
  let gapSince: number | null = null;
  let failures = 0;
  let closed = false;

  const listening = () => eventWatchers.size + relationWatchers.size > 0;

  async function dispatch(slice: ChangeSlice): Promise<void> {
    if (slice.eventIds.length > 0 && eventWatchers.size > 0) {
      const filters = new Map([...eventWatchers].map((w) => [w.key, w.filter]));
      const matched = await matchChangedEvents(slice.eventIds, [...filters].map(([key, filter]) => ({ key, filter })), options.queryTimeoutMs);
      const ids = [...new Set([...matched.values()].flat())];
      if (ids.length > 0) {
        const [events, details] = await Promise.all([loadEvents(ids, read), loadEventDetails(ids, read)]);
        const byId = new Map(ids.flatMap((id, i) => (events[i] ? [[id, { ...events[i], details: details[i]! }] as const] : [])));
        for (const w of eventWatchers) {
          for (const id of matched.get(w.key) ?? []) {
            const event = byId.get(id);
            if (event) w.push(event);
          }
        }
      }
    }
    const wanted = [...new Set([...relationWatchers].map((w) => w.id))].filter((id) => slice.relationIds.includes(id));
    if (wanted.length > 0) {
      const relations = new Map((await loadRelations(wanted, read)).flatMap((r) => (r ? [[r.id, r] as const] : [])));
      for (const w of relationWatchers) {
        const relation = relations.get(w.id);
        if (relation) w.push(relation);
      }
    }
  }

  // A gap (value n+1 missing while a later one is visible) is a commit seen in part: it is
  // waited for. One that lasts GAP_PATIENCE_MS is an entry lost for good (pruned while this
  // process was behind), and is stepped over.
  async function poll(): Promise<void> {
    if (cursor === null) cursor = await readChangeHead(options.queryTimeoutMs);
    for (;;) {
      const patient = gapSince === null || Date.now() - gapSince < GAP_PATIENCE_MS;
      const slice = await readChangesSince(cursor, span, options.queryTimeoutMs, !patient);
      if (slice.upTo > slice.after) {
        logger.debug({ after: slice.after, upTo: slice.upTo, head: slice.head, events: slice.eventIds.length, committed: slice.lastAt }, 'change feed slice');
      }
      await dispatch(slice);
      cursor = slice.upTo;
      if (slice.gapAt !== null && patient) {
        gapSince ??= Date.now();
        return;
      }
      if (slice.gapAt !== null) logger.warn({ missing: slice.gapAt }, 'change feed: a change log entry is lost; stepped over it');
      gapSince = null;
      if (slice.upTo >= slice.head) return;
    }
  }

  // One poll at a time; with nobody left listening the cursor is dropped, so that a later
  // listener starts from the sequence's value at that time, not from old changes.
  function schedule(): void {
    if (closed || timer || polling) return;
    if (!listening()) {
      cursor = null;
      return;
    }
    const delay = failures === 0 ? options.intervalMs : Math.min(options.intervalMs * 2 ** failures, MAX_BACKOFF_MS);
    timer = setTimeout(() => {
      timer = null;
      polling = true;
      poll()
        .then(() => {
          if (failures > 0) logger.info({ failures }, 'change feed: polling again');
          failures = 0;
        })
        .catch((error: unknown) => {
          if (failures === 0 || failures % 20 === 0) logger.warn({ err: error, failures }, 'change feed: poll failed; retrying');
          failures++;
        })
        .finally(() => {
          polling = false;
          schedule();
        });
    }, delay);
  }

  const ready = () => {
    if (cursor !== null) return Promise.resolve();
    starting ??= readChangeHead(options.queryTimeoutMs)
      .then((head) => {
        cursor ??= head;
      })
      .finally(() => {
        starting = null;
      });
    return starting;
  };

  return {
    ready,
    watchEvents: (filter, push) => {
      const watcher = { key: JSON.stringify(filter), filter, push };
      eventWatchers.add(watcher);
      schedule();
      return () => eventWatchers.delete(watcher);
    },
    watchRelation: (id, push) => {
      const watcher = { id, push };
      relationWatchers.add(watcher);
      schedule();
      return () => relationWatchers.delete(watcher);
    },
    close: () => {
      closed = true;
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
