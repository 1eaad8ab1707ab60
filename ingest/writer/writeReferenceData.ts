import { runWriteTransaction } from '../../src/graph/runQuery.js';
import { storeStaleDetails } from '../../src/graph/storedDetails.js';
import type { Gazetteer } from '../lexicons/loadGazetteer.js';
import { referenceRows } from './referenceRows.js';

/**
 * Writes the topic taxonomy and the organisations lexicon (idempotent); run before ingesting.
 * A changed topic label reaches the stored details of the topic's events in the same transaction.
 */
export async function writeReferenceData(gazetteer: Gazetteer): Promise<{ topics: number; organizations: number }> {
  const { topics, organizations } = referenceRows(gazetteer);
  await runWriteTransaction([
    { name: 'topics.upsert', params: { rows: topics } },
    { name: 'organizations.upsert', params: { rows: organizations } },
    ...storeStaleDetails((rowsOf) => ({ eventIds: [], personIds: [], placeIds: [], topicIds: rowsOf('topics.upsert').flatMap((r) => r.changed) })),
  ]);
  return { topics: topics.length, organizations: organizations.length };
}
