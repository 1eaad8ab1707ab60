import type { Integer } from 'neo4j-driver';
import { readQuery, writeQuery } from '../querySpec.js';

/** One kind of tally recounted from the events (tallies.check). */
export interface TallyCheckRow {
  kind: string;
  /** Events counted over the kind's buckets, recounted from the graph. */
  recounted: number;
  /** Buckets whose kept count differs from the recount (absent ones included). */
  wrongCount: number;
  /** The first few of them. */
  wrong: { key: string; kept: number | null; recounted: number }[];
}

/** Queries of the tallies the writers keep for dashboards (issue 14). */
export const TALLY_QUERIES = {
  'tallies.sync': writeQuery<{ ids: string[] }, { emptied: number }>(['ids']),
  'tallies.untallied': readQuery<Record<string, never>, { untallied: boolean; rebuild: boolean }>([]),
  'tallies.build-buckets': writeQuery<Record<string, never>, { scopes: number }>([]),
  'tallies.build-records': writeQuery<Record<string, never>, { events: number }>([]),
  'tallies.check': readQuery<Record<string, never>, TallyCheckRow>([]),
  'tallies.kept': readQuery<Record<string, never>, { kind: string; kept: number; buckets: number }>([]),
  'tallies.wipe': writeQuery<{ limit: Integer }, { deleted: number }>(['limit']),
} as const;
