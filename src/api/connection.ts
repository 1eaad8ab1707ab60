import type { EventKey, Page, PageRequest } from '../domain/eventFilter.js';
import { InvalidInputError } from '../domain/errors.js';
import type { CorrectionRecord } from '../domain/correction.js';
import type { EventRecord, PersonMatchRecord, RankedRelationRecord } from '../domain/graphRecords.js';

/** A page of a list as resolvers pass it on: the items, the total, and where the page starts. */
export interface ConnectionValue<T> {
  readonly page: Page<T>;
  readonly offset: number;
}

/** An item and its position in the whole list (0-based). */
export interface EdgeValue<T> {
  readonly node: T;
  readonly position: number;
}

export type EventConnectionValue = ConnectionValue<EventRecord>;
export type EventEdgeValue = EdgeValue<EventRecord>;
export type PersonConnectionValue = ConnectionValue<PersonMatchRecord>;
export type PersonEdgeValue = EdgeValue<PersonMatchRecord>;
export type RelationConnectionValue = ConnectionValue<RankedRelationRecord>;
export type RelationEdgeValue = EdgeValue<RankedRelationRecord>;
export type CorrectionConnectionValue = ConnectionValue<CorrectionRecord>;
export type CorrectionEdgeValue = EdgeValue<CorrectionRecord>;

const PREFIX = 'offset:';
// An event's cursor also names the event (its sortDate and id), so that the next page can
// start just after it (keyset, issue 14) instead of walking the list up to its position.
const EVENT_PREFIX = 'event:';
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The opaque cursor of the item at `position` (0-based) of a list. */
export function encodeCursor(position: number): string {
  return Buffer.from(`${PREFIX}${position}`, 'utf8').toString('base64url');
}

/** The opaque cursor of an event at `position` (0-based) of an event list. */
export function encodeEventCursor(position: number, event: { readonly sortDate: string | null; readonly id: string }): string {
  return Buffer.from(`${EVENT_PREFIX}${position}:${event.sortDate ?? ''}:${event.id}`, 'utf8').toString('base64url');
}

/** The position a cursor stands for and, for an event's cursor, the event; a malformed cursor is a user error. */
export function decodeCursor(cursor: string): { position: number; after: EventKey | null } {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const invalid = () => new InvalidInputError(`Invalid cursor "${cursor}"`);
  if (text.startsWith(EVENT_PREFIX)) {
    const m = /^event:(\d+):([^:]*):(.+)$/s.exec(text);
    const position = Number(m?.[1]);
    if (!m || !Number.isSafeInteger(position) || (m[2] !== '' && !DAY.test(m[2]!))) throw invalid();
    return { position, after: { sortDate: m[2] || null, id: m[3]! } };
  }
  const position = text.startsWith(PREFIX) ? Number(text.slice(PREFIX.length)) : Number.NaN;
  if (!Number.isSafeInteger(position) || position < 0) throw invalid();
  return { position, after: null };
}

/**
 * The slice that `first`/`after` ask for: `first` must lie in 1..maxPageSize (a larger page
 * is refused, not silently shortened), and the page starts just after the `after` cursor
 * (just after its event, for an event's cursor).
 */
export function toPageRequest(first: number | null | undefined, after: string | null | undefined, maxPageSize: number): PageRequest {
  const limit = first ?? Math.min(20, maxPageSize);
  if (!Number.isInteger(limit) || limit < 1 || limit > maxPageSize) {
    throw new InvalidInputError(`first must be between 1 and ${maxPageSize}, got ${limit}`);
  }
  if (!after) return { offset: 0, limit };
  const cursor = decodeCursor(after);
  return { offset: cursor.position + 1, limit, after: cursor.after };
}

/** The edges of a page, each with its cursor position. */
export function toEdges<T>(value: ConnectionValue<T>): EdgeValue<T>[] {
  return value.page.items.map((node, i) => ({ node, position: value.offset + i }));
}

type PageInfoValue = { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };

/** Relay page info of a page. */
export function toPageInfo<T>(value: ConnectionValue<T>): PageInfoValue {
  return pageInfoOf(value, (position) => encodeCursor(position));
}

// `cursorOf` makes an item's cursor from its position (and the item).
function pageInfoOf<T>(value: ConnectionValue<T>, cursorOf: (position: number, item: T) => string): PageInfoValue {
  const items = value.page.items;
  const count = items.length;
  return {
    hasNextPage: value.offset + count < value.page.total,
    hasPreviousPage: value.offset > 0,
    startCursor: count > 0 ? cursorOf(value.offset, items[0]!) : null,
    endCursor: count > 0 ? cursorOf(value.offset + count - 1, items[count - 1]!) : null,
  };
}

/** Relay page info of a page of events, with event cursors. */
export function toEventPageInfo(value: ConnectionValue<EventRecord>): PageInfoValue {
  return pageInfoOf(value, encodeEventCursor);
}
