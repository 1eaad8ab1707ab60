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

interface EventWatcher {
  readonly key: string;
  readonly filter: EventFilter;
  readonly push: (e: EventWithDetails) => void;
}

interface RelationWatcher {
  readonly id: string;
  readonly push: (r: RelationRecord) => void;
}

/** One feed: its listeners, where it stands in the change sequence and the state of its poll loop. */
interface Feed {
  readonly options: ChangeFeedOptions;
  readonly span: number;
  readonly read: ReadOptions;
  readonly eventWatchers: Set<EventWatcher>;
  readonly relationWatchers: Set<RelationWatcher>;
  cursor: number | null;
  starting: Promise<void> | null;
  timer: NodeJS.Timeout | null;
  polling: boolean;
  gapSince: number | null;
  failures: number;
  closed: boolean;
}

/**
 * A poller of the graph's change sequence (changes.since, one index seek per poll), running
 * only while someone listens. Each poll matches the changed events against every distinct
 * filter in one query (changes.match-events), loads the matching events with their details
 * once, and hands them to each listener. When Neo4j is away the poller keeps its cursor and
 * retries with backoff, so nothing committed meanwhile is missed once it is back.
 */
export function createChangeFeed(options: ChangeFeedOptions): ChangeFeed {
  const feed: Feed = {
    options,
    span: options.span ?? 50,
    read: { timeoutMs: options.queryTimeoutMs },
    eventWatchers: new Set(),
    relationWatchers: new Set(),
    cursor: null,
    starting: null,
    timer: null,
    polling: false,
    gapSince: null,
    failures: 0,
    closed: false,
  };
  return {
    ready: () => ready(feed),
    watchEvents: (filter, push) => watch(feed, feed.eventWatchers, { key: JSON.stringify(filter), filter, push }),
    watchRelation: (id, push) => watch(feed, feed.relationWatchers, { id, push }),
    close: () => close(feed),
  };
}

/** Resolves once the feed's cursor is set; concurrent callers share one read of the head. */
function ready(feed: Feed): Promise<void> {
  if (feed.cursor !== null) return Promise.resolve();
  feed.starting ??= readChangeHead(feed.options.queryTimeoutMs)
    .then((head) => {
      feed.cursor ??= head;
    })
    .finally(() => {
      feed.starting = null;
    });
  return feed.starting;
}

/** Adds a listener (polling starts if it is the first); returns its unsubscribe. */
function watch<W>(feed: Feed, watchers: Set<W>, watcher: W): () => boolean {
  watchers.add(watcher);
  schedule(feed);
  return () => watchers.delete(watcher);
}

function close(feed: Feed): void {
  feed.closed = true;
  if (feed.timer) clearTimeout(feed.timer);
  feed.timer = null;
}

// One poll at a time; with nobody left listening the cursor is dropped, so that a later
// listener starts from the sequence's value at that time, not from old changes.
function schedule(feed: Feed): void {
  if (feed.closed || feed.timer || feed.polling) return;
  if (feed.eventWatchers.size + feed.relationWatchers.size === 0) {
    feed.cursor = null;
    return;
  }
  feed.timer = setTimeout(() => pollThenSchedule(feed), retryDelay(feed.options.intervalMs, feed.failures));
}

/** Time before the next poll, ms: the interval, doubled per failure in a row up to MAX_BACKOFF_MS. */
function retryDelay(intervalMs: number, failures: number): number {
  return failures === 0 ? intervalMs : Math.min(intervalMs * 2 ** failures, MAX_BACKOFF_MS);
}

/** Runs one poll, counts failures in a row (logged once in 20) and schedules the next. */
function pollThenSchedule(feed: Feed): void {
  feed.timer = null;
  feed.polling = true;
  poll(feed)
    .then(() => {
      if (feed.failures > 0) logger.info({ failures: feed.failures }, 'change feed: polling again');
      feed.failures = 0;
    })
    .catch((error: unknown) => {
      if (feed.failures === 0 || feed.failures % 20 === 0) logger.warn({ err: error, failures: feed.failures }, 'change feed: poll failed; retrying');
      feed.failures++;
    })
    .finally(() => {
      feed.polling = false;
      schedule(feed);
    });
}

// A gap (value n+1 missing while a later one is visible) is a commit seen in part: it is
// waited for. One that lasts GAP_PATIENCE_MS is an entry lost for good (pruned while this
// process was behind), and is stepped over.
async function poll(feed: Feed): Promise<void> {
  if (feed.cursor === null) feed.cursor = await readChangeHead(feed.options.queryTimeoutMs);
  for (;;) {
    const patient = feed.gapSince === null || Date.now() - feed.gapSince < GAP_PATIENCE_MS;
    const slice = await readChangesSince(feed.cursor, feed.span, feed.options.queryTimeoutMs, !patient);
    if (slice.upTo > slice.after) {
      logger.debug({ after: slice.after, upTo: slice.upTo, head: slice.head, events: slice.eventIds.length, committed: slice.lastAt }, 'change feed slice');
    }
    await dispatch(feed, slice);
    feed.cursor = slice.upTo;
    if (slice.gapAt !== null && patient) {
      feed.gapSince ??= Date.now();
      return;
    }
    if (slice.gapAt !== null) logger.warn({ missing: slice.gapAt }, 'change feed: a change log entry is lost; stepped over it');
    feed.gapSince = null;
    if (slice.upTo >= slice.head) return;
  }
}

async function dispatch(feed: Feed, slice: ChangeSlice): Promise<void> {
  if (slice.eventIds.length > 0 && feed.eventWatchers.size > 0) await pushChangedEvents(feed, slice.eventIds);
  const wanted = [...new Set([...feed.relationWatchers].map((w) => w.id))].filter((id) => slice.relationIds.includes(id));
  if (wanted.length > 0) await pushChangedRelations(feed, wanted);
}

/** Matches the changed events against every distinct filter in one query, loads the matching ones once, and hands each listener its own. */
async function pushChangedEvents(feed: Feed, eventIds: ChangeSlice['eventIds']): Promise<void> {
  const filters = new Map([...feed.eventWatchers].map((w) => [w.key, w.filter]));
  const matched = await matchChangedEvents(eventIds, [...filters].map(([key, filter]) => ({ key, filter })), feed.options.queryTimeoutMs);
  const ids = [...new Set([...matched.values()].flat())];
  if (ids.length === 0) return;
  const [events, details] = await Promise.all([loadEvents(ids, feed.read), loadEventDetails(ids, feed.read)]);
  const byId = new Map(ids.flatMap((id, i) => (events[i] ? [[id, { ...events[i], details: details[i]! }] as const] : [])));
  for (const w of feed.eventWatchers) {
    for (const id of matched.get(w.key) ?? []) {
      const event = byId.get(id);
      if (event) w.push(event);
    }
  }
}

/** Loads the changed relations that someone watches, once each, and hands them to their listeners. */
async function pushChangedRelations(feed: Feed, relationIds: readonly string[]): Promise<void> {
  const relations = new Map((await loadRelations(relationIds, feed.read)).flatMap((r) => (r ? [[r.id, r] as const] : [])));
  for (const w of feed.relationWatchers) {
    const relation = relations.get(w.id);
    if (relation) w.push(relation);
  }
}
