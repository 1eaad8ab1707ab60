import { runWriteTransaction } from '../../src/graph/runQuery.js';
import type { Gazetteer } from '../lexicons/loadGazetteer.js';
import { referenceRows } from './referenceRows.js';

/** Writes the topic taxonomy and the organisations lexicon (idempotent); run before ingesting. */
export async function writeReferenceData(gazetteer: Gazetteer): Promise<{ topics: number; organizations: number }> {
  const { topics, organizations } = referenceRows(gazetteer);
  await runWriteTransaction([
    { name: 'topics.upsert', params: { rows: topics } },
    { name: 'organizations.upsert', params: { rows: organizations } },
  ]);
  return { topics: topics.length, organizations: organizations.length };
}
