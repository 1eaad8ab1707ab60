import type { Page, PageRequest } from '../domain/eventFilter.js';
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

/** The opaque cursor of the item at `position` (0-based) of a list. */
export function encodeCursor(position: number): string {
  return Buffer.from(`${PREFIX}${position}`, 'utf8').toString('base64url');
}

/** The position a cursor stands for; a malformed cursor is a user error. */
export function decodeCursor(cursor: string): number {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const position = text.startsWith(PREFIX) ? Number(text.slice(PREFIX.length)) : Number.NaN;
  if (!Number.isSafeInteger(position) || position < 0) throw new InvalidInputError(`Invalid cursor "${cursor}"`);
  return position;
}

/**
 * The slice that `first`/`after` ask for: `first` must lie in 1..maxPageSize (a larger page
 * is refused, not silently shortened), and the page starts just after the `after` cursor.
 */
export function toPageRequest(first: number | null | undefined, after: string | null | undefined, maxPageSize: number): PageRequest {
  const limit = first ?? Math.min(20, maxPageSize);
  if (!Number.isInteger(limit) || limit < 1 || limit > maxPageSize) {
    throw new InvalidInputError(`first must be between 1 and ${maxPageSize}, got ${limit}`);
  }
  return { offset: after ? decodeCursor(after) + 1 : 0, limit };
}

/** The edges of a page, each with its cursor position. */
export function toEdges<T>(value: ConnectionValue<T>): EdgeValue<T>[] {
  return value.page.items.map((node, i) => ({ node, position: value.offset + i }));
}

/** Relay page info of a page. */
export function toPageInfo<T>(value: ConnectionValue<T>): { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null } {
  const count = value.page.items.length;
  return {
    hasNextPage: value.offset + count < value.page.total,
    hasPreviousPage: value.offset > 0,
    startCursor: count > 0 ? encodeCursor(value.offset) : null,
    endCursor: count > 0 ? encodeCursor(value.offset + count - 1) : null,
  };
}
