import neo4j from 'neo4j-driver';
import { expect } from 'vitest';
import type { CorrectionAuthorship } from '../../src/domain/correction.js';
import type { EventDetailsRecord, EventRecord } from '../../src/domain/graphRecords.js';
import { checkGraph } from '../../src/graph/checkGraph.js';
import { loadEventDetails, loadEvents } from '../../src/graph/loadEventDetails.js';
import { loadPersons } from '../../src/graph/loadPersonDetails.js';
import { runQuery } from '../../src/graph/runQuery.js';
import { refreshAllDetails } from '../../src/graph/storedDetails.js';
import { writeExtractions } from '../../ingest/writer/writeExtractions.js';
import type { ExtractedArticle } from '../../ingest/writer/planBatch.js';
import { article, encounter, person } from './extractionFixtures.js';

// A small graph for correction tests (invented people and wording): one meeting of a Russian
// and a Malian minister reported by two articles, and a phone call reported by a third.

export const ru = person('Pavel Orlovsky', 'RU', 'Minister of Foreign Affairs', ['P. Orlovsky']);
export const ml = person('Awa Konaté', 'ML', 'Minister of Foreign Affairs and International Cooperation');
export const bf = person('Issa Sawadogo', 'BF', 'Minister of Defence');

export const meeting = encounter('meeting', '2024-02-28', [ru, ml]);
export const call = encounter('phone_call', '2024-05-10', [ru, bf]);

/** The articles of the correction graph, at an extractor version. */
export function correctionArticles(version = 'test-1'): ExtractedArticle[] {
  return [
    article('c-fr', { persons: [ru, ml], events: [meeting], published: '2024-02-29', language: 'fr', version }),
    article('c-en', { persons: [ru, ml], events: [meeting], published: '2024-03-01', version }),
    article('c-call', { persons: [ru, bf], events: [call], published: '2024-05-11', version }),
  ];
}

/** A later report of the meeting, in an article not seen before. */
export const laterReport = (): ExtractedArticle[] => [article('c-late', { persons: [ru, ml], events: [meeting], published: '2024-03-05' })];

export const analyst: CorrectionAuthorship = { author: 'analyst-a', reason: 'checked against the ministry communiqué' };

/** Writes the correction graph; returns the ids of the meeting and the call. */
export async function seedCorrectionGraph(): Promise<{ meetingId: string; callId: string }> {
  await writeExtractions(correctionArticles());
  const rows = await runQuery('events.ids-after', { after: null, limit: neo4j.int(100) });
  const events = (await loadEvents(rows.map((r) => r.id), {})).filter((e): e is EventRecord => e !== null);
  const byType = (t: string) => events.find((e) => e.type === t)?.id ?? '';
  return { meetingId: byType('meeting'), callId: byType('phone_call') };
}

/** An event's own fields and details, or null when it is not (or no longer) an Event. */
export async function eventNow(id: string): Promise<(EventRecord & { details: EventDetailsRecord }) | null> {
  const [event] = await loadEvents([id], {});
  if (!event) return null;
  const [details] = await loadEventDetails([id], {});
  return { ...event, details: details! };
}

export async function personNow(id: string) {
  return (await loadPersons([id], {}))[0] ?? null;
}

/**
 * The ways the graph is derived again that corrections must survive: re-ingesting the same
 * articles, a new report of the event, a new extractor version re-deriving every article, and
 * `db refresh-details`. After each, `holds` must pass and `db check` find nothing.
 */
export const REDERIVATIONS: readonly [string, () => Promise<unknown>][] = [
  ['a re-ingest of the same articles', () => writeExtractions(correctionArticles())],
  ['a new report of the event', () => writeExtractions(laterReport())],
  ['a new extractor version re-deriving every article', () => writeExtractions(correctionArticles('test-2'))],
  ['db refresh-details', () => refreshAllDetails()],
];

/** Runs every re-derivation in turn, checking `holds` and `db check` after each. */
export async function expectToSurviveRederivation(holds: () => Promise<void>): Promise<void> {
  for (const [, rederive] of REDERIVATIONS) {
    await rederive();
    await holds();
    expect(await checkGraph()).toEqual([]);
  }
}
