import type { Integer } from 'neo4j-driver';
import type { EventRecord } from '../../domain/graphRecords.js';
import { readQuery, writeQuery } from '../querySpec.js';
import type { EventCriteriaParams, MeetingAnchorKind } from './apiQueries.js';

/**
 * Parameters of exports.events: meetings.list's criteria, with one anchor value (an export is
 * one list) and no page or order (an export is every match, oldest first).
 */
export interface ExportEventsParams extends EventCriteriaParams {
  anchorKind: MeetingAnchorKind;
  anchorValue: string | null;
}

/** One subscription filter of changes.match-events: an EventFilter with its key, text as full-text words. */
export interface ChangeFilterParam extends EventCriteriaParams {
  key: string;
  text: string | null;
}

/** One change log entry: what one write transaction changed; `at` is its commit time (ISO). */
export interface ChangeLogEntry {
  seq: number;
  eventIds: string[] | null;
  relationIds: string[] | null;
  at: string | null;
}

/** Queries of exports (issue 13) and of the change feed behind live updates. */
export const EXPORT_QUERIES = {
  'exports.events': readQuery<ExportEventsParams, { event: EventRecord; detailsJson: string | null }>([
    'anchorKind', 'anchorValue', 'countries', 'relation', 'person', 'organization', 'topic', 'types', 'status', 'from', 'to',
  ]),
  'changes.stamp': writeQuery<{ eventIds: string[]; relationIds: string[] }, { seq: number; pruned: number }>(['eventIds', 'relationIds']),
  'changes.since': readQuery<{ after: Integer; span: Integer }, { head: number; after: number; changes: ChangeLogEntry[] }>(['after', 'span']),
  'changes.match-events': readQuery<{ ids: string[]; filters: ChangeFilterParam[] }, { key: string; matched: string[] }>(['ids', 'filters']),
} as const;
