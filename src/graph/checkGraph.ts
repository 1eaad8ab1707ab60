import { runQuery } from './runQuery.js';
import { checkStoredDetails } from './storedDetails.js';
import { checkTallies } from './tallies.js';

/**
 * The figures the writer maintains rather than computes on read, checked against a
 * recomputation from the graph: each relation's event count and date span, the keys copied
 * onto INVOLVES, PART_OF and DISCUSSED edges for the edge indexes, each event's stored
 * details, the DURING links with the articles that support them, and the dashboards' tallies. Returns one line per disagreement; none in a sound graph (run it with no ingest
 * writing: a batch landing midway can show as a disagreement).
 */
export async function checkGraph(): Promise<string[]> {
  const [relations, edges, during, details, tallies] = await Promise.all([
    runQuery('relations.recompute', {}),
    runQuery('graph.edge-keys-check', {}),
    runQuery('graph.during-check', {}),
    checkStoredDetails(),
    checkTallies(),
  ]);
  const problems = relations
    .filter((r) => r.eventCount !== r.recomputedCount || r.firstDate !== r.recomputedFirst || r.lastDate !== r.recomputedLast)
    .map(
      (r) =>
        `relation ${r.id}: ${r.eventCount} events ${r.firstDate}..${r.lastDate} kept, ` +
        `${r.recomputedCount} events ${r.recomputedFirst}..${r.recomputedLast} recomputed`,
    );
  for (const e of edges) problems.push(`${e.wrong} ${e.type} edge(s) whose copied keys disagree with their nodes`);
  for (const d of during) problems.push(`${d.wrong} DURING link(s) ${d.problem}`);
  return [...problems, ...details, ...tallies];
}
