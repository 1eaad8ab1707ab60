// The bulk path bench:graph takes to a million events: the ingest writer's own planning
// (planBatch) and its own named queries, in one transaction per batch, minus two steps whose
// cost grows with the graph and which cannot change this corpus's graph:
//  - the country-key candidates (events.candidates' second half: every event of the same type
//    and country pair, ~250 per pair at 1M events, for every event of the batch). They let a
//    report naming only some participants join an event; every synthetic event names both of
//    its two participants, so a country-key candidate that matches also has the same merge key
//    and is found by the merge-key half, which we keep;
//  - relations.refresh after every batch (it recounts each touched relation's events, ~all of
//    them per batch at 1M): bulkRefreshRelations runs the same query once at the end.
// The change log of live updates (stampChanges) is left out: a bench graph has no subscribers.
// Only for appending new synthetic articles to a graph that holds nothing else.
import { runQuery, runWriteTransaction } from '../../src/graph/runQuery.js';
import { storeStaleDetails } from '../../src/graph/storedDetails.js';
import { planBatch, surnameKeysOf, type ExtractedArticle } from '../../ingest/writer/planBatch.js';
import { factSteps } from '../../ingest/writer/writeExtractions.js';
import { candidateProbes } from '../../ingest/writer/candidateProbes.js';

/** Writes a batch of new articles; how many events it created and merged. */
export async function bulkWrite(batch: readonly ExtractedArticle[]): Promise<{ eventsCreated: number; eventsMerged: number; relationIds: string[] }> {
  const persons = await runQuery('persons.candidates', { surnameKeys: surnameKeysOf(batch) });
  const draft = planBatch(batch, { persons, events: [] });
  const mergeProbes = candidateProbes([...draft.newEvents, ...draft.mergedEvents].map((e) => ({ key: e.mergeKey, date: e.date })));
  const events = await runQuery('events.candidates', { mergeProbes, countryProbes: [] });
  const plan = planBatch(batch, { persons, events });
  await runWriteTransaction([
    ...factSteps(plan),
    ...storeStaleDetails((rowsOf) => ({
      eventIds: [...plan.newEvents, ...plan.mergedEvents].map((e) => e.id),
      personIds: rowsOf('persons.upsert').flatMap((r) => r.changed),
      placeIds: rowsOf('places.upsert').flatMap((r) => r.changed),
      topicIds: rowsOf('topics.upsert').flatMap((r) => r.changed),
    })),
  ]);
  return { eventsCreated: plan.eventsCreated, eventsMerged: plan.eventsMerged, relationIds: plan.relationIds };
}

/** relations.refresh over these relations, 50 at a time (each reads all its events). */
export async function bulkRefreshRelations(ids: ReadonlySet<string>): Promise<void> {
  const all = [...ids];
  for (let i = 0; i < all.length; i += 50) await runWriteTransaction([{ name: 'relations.refresh', params: { ids: all.slice(i, i + 50) } }]);
}
