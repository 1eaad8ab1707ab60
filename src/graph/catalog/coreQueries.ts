import type { Integer } from 'neo4j-driver';
import { readQuery, writeQuery } from '../querySpec.js';

export interface CountrySeedRow {
  code: string;
  iso3: string;
  /** ISO 3166-1 numeric code ("466"); null for the few codes without one. */
  isoNumeric: string | null;
  name: string;
  nameFr: string;
  officialName: string;
  region: string | null;
  subregion: string | null;
}

/** Queries of migrations and maintenance. */
export const CORE_QUERIES = {
  'countries.seed': writeQuery<{ rows: CountrySeedRow[] }, { seeded: number }>(['rows']),
  'countries.count': readQuery<Record<string, never>, { count: number }>([]),
  'schema.await-indexes': readQuery<{ timeoutSeconds: Integer }, Record<string, never>>(['timeoutSeconds']),
  'schema.show': readQuery<Record<string, never>, { kind: string; name: string; labels: string[]; properties: string[]; type: string }>([]),
  'graph.wipe': writeQuery<Record<string, never>, { deleted: number }>([]),
  'graph.ping': readQuery<Record<string, never>, { ok: number }>([]),
  'graph.dump': readQuery<
    Record<string, never>,
    { kind: 'node' | 'relationship'; labels: string[] | null; type: string | null; from: string | null; to: string | null; props: Record<string, unknown> }
  >([]),
  'graph.fingerprint': readQuery<Record<string, never>, { kind: 'event' | 'person' | 'relation'; fact: string }>([]),
  'migrations.edge-keys': writeQuery<Record<string, never>, { edges: number }>([]),
  'migrations.event-country-keys': writeQuery<Record<string, never>, { events: number }>([]),
  'graph.edge-keys-check': readQuery<Record<string, never>, { type: string; wrong: number }>([]),
  'graph.during-check': readQuery<Record<string, never>, { problem: string; wrong: number }>([]),
} as const;
