import neo4j from 'neo4j-driver';
import { runQuery, type LaterWriteStep, type RowsOf } from './runQuery.js';
import { eventIdBatches } from './storedDetails.js';

// Tallies (issue 14) are a read model like the stored event details: counts of events per
// bucket (relation × year × type, relation × year, relation × topic, relation × person,
// person × counterpart, person × year, country × month) that dashboards read instead of every
// event. Whatever writes events keeps them in step in the same transaction with syncTallies,
// naming every event it touched (deleted ones included); `db migrate` tallies a graph written or
// imported without them; `db check` compares them with a recount; `db refresh-tallies` builds
// them all again.

/**
 * The step of a write transaction that brings the tallies in step with the events the steps
 * before touched (`eventIdsOf` names them from their rows): created, changed, merged away,
 * rejected or deleted alike. Skipped when there are none.
 */
export function syncTallies(eventIdsOf: (rowsOf: RowsOf) => readonly string[]): LaterWriteStep {
  return (rowsOf) => {
    const ids = [...new Set(eventIdsOf(rowsOf))];
    return ids.length > 0 ? { name: 'tallies.sync', params: { ids } } : null;
  };
}

/** Tallies every event, a batch per transaction (events already tallied and unchanged cost a look-up); how many events. */
async function tallyEveryEvent(): Promise<number> {
  let seen = 0;
  for await (const ids of eventIdBatches()) {
    await runQuery('tallies.sync', { ids });
    seen += ids.length;
  }
  return seen;
}

/**
 * Deletes every tally and builds them all again by aggregation (`db refresh-tallies`, after the
 * graph was edited by hand; `db migrate` on an untallied graph): one pass over the countries,
 * relations and persons, then the events' records, a million events in minutes where
 * tallyEveryEvent takes an hour. How many events. Writers must not run meanwhile.
 */
export async function refreshAllTallies(): Promise<number> {
  while (((await runQuery('tallies.wipe', { limit: neo4j.int(10_000) }))[0]?.deleted ?? 0) > 0);
  await runQuery('tallies.build-buckets', {}, { autoCommit: true });
  const [row] = await runQuery('tallies.build-records', {}, { autoCommit: true });
  return row?.events ?? 0;
}

/**
 * Tallies the events of a graph written or imported without tallies; 0 when every event is
 * tallied. A graph with nothing tallied yet, or tallied before its country-month buckets
 * existed, is built by aggregation; one with a few untallied events (a build interrupted
 * between buckets and records) has them synced one batch at a time.
 */
export async function tallyUntalliedEvents(): Promise<number> {
  const [row] = await runQuery('tallies.untallied', {});
  if (!row?.untallied) return 0;
  return row.rebuild ? refreshAllTallies() : tallyEveryEvent();
}

/**
 * The tallies compared with a recount from the events: one line per kind that disagrees, with
 * the first few buckets; none in a sound graph.
 */
export async function checkTallies(): Promise<string[]> {
  const [recount, kept] = await Promise.all([runQuery('tallies.check', {}), runQuery('tallies.kept', {})]);
  const keptOf = new Map(kept.map((k) => [k.kind, k.kept]));
  const kinds = new Set([...recount.map((r) => r.kind), ...keptOf.keys()]);
  const problems: string[] = [];
  for (const kind of [...kinds].sort()) {
    const r = recount.find((x) => x.kind === kind);
    const recounted = r?.recounted ?? 0;
    const keptTotal = keptOf.get(kind) ?? 0;
    if (r && r.wrongCount > 0) {
      const first = r.wrong.map((w) => `${w.key}: ${w.kept ?? 'none'} kept, ${w.recounted} recounted`).join('; ');
      problems.push(`${r.wrongCount} ${kind} tally bucket(s) disagree with a recount (first: ${first}); \`diplograph db refresh-tallies\` counts them again`);
    } else if (recounted !== keptTotal) {
      problems.push(`${kind} tallies count ${keptTotal} events, a recount ${recounted}; \`diplograph db refresh-tallies\` counts them again`);
    }
  }
  return problems;
}
