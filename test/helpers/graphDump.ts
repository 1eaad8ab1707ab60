import { runQuery } from '../../src/graph/runQuery.js';

// Properties the clock writes: two writes of the same articles differ in them and nothing else.
const CLOCK = new Set(['ingestedAt', 'createdAt']);
// Where events.derive-details puts each source's ingestedAt in its tuple (detailsJson).
const SOURCES = 5;
const SOURCE_INGESTED_AT = 7;

function withoutClock(props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(props).sort()) {
    if (CLOCK.has(key)) continue;
    const value = props[key];
    if (key === 'detailsJson' && typeof value === 'string') {
      const details = JSON.parse(value) as unknown[][];
      for (const source of (details[SOURCES] ?? []) as unknown[][]) source[SOURCE_INGESTED_AT] = null;
      out[key] = details;
    } else out[key] = value;
  }
  return out;
}

/**
 * The whole graph as sorted lines, one per node and relationship with every property but the
 * clock's (queries/graph.dump): two writers that wrote the same graph give the same lines.
 */
export async function dumpGraph(): Promise<string[]> {
  const rows = await runQuery('graph.dump', {});
  return rows
    .map((r) =>
      r.kind === 'node'
        ? `node ${[...(r.labels ?? [])].sort().join(':')} ${JSON.stringify(withoutClock(r.props))}`
        : `rel ${r.type} ${r.from} -> ${r.to} ${JSON.stringify(withoutClock(r.props))}`,
    )
    .sort();
}
