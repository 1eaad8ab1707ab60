import { runQuery } from './runQuery.js';
import { checkStoredDetails } from './storedDetails.js';

/**
 * The figures the writer maintains rather than computes on read, checked against a
 * recomputation from the graph: each relation's event count and date span, the keys copied
 * onto INVOLVES, PART_OF and DISCUSSED edges for the edge indexes, and each event's stored
 * details. Returns one line per disagreement; none in a sound graph (run it with no ingest
 * writing: a batch landing midway can show as a disagreement).
 */
export async function checkGraph(): Promise<string[]> {
  const [relations, edges, details] = await Promise.all([
    runQuery('relations.recompute', {}),
    runQuery('graph.edge-keys-check', {}),
    checkStoredDetails(),
  ]);
  const problems = relations
    .filter((r) => r.eventCount !== r.recomputedCount || r.firstDate !== r.recomputedFirst || r.lastDate !== r.recomputedLast)
    .map(
      (r) =>
        `relation ${r.id}: ${r.eventCount} events ${r.firstDate}..${r.lastDate} kept, ` +
        `${r.recomputedCount} events ${r.recomputedFirst}..${r.recomputedLast} recomputed`,
    );
  for (const e of edges) problems.push(`${e.wrong} ${e.type} edge(s) whose copied keys disagree with their nodes`);
  return [...problems, ...details];
}
