import type { PersonCandidate } from '../../src/graph/catalog/ingestQueries.js';
import { eventCountryKey, eventMergeKey, reportCountries } from './eventIdentity.js';
import { personMentions } from './personMentions.js';
import type { ExtractedArticle } from './planBatch.js';
import { resolvePersons } from './resolvePersons.js';

/** What events.candidates is asked about for one report: its two keys and its date. */
export interface DraftReport {
  readonly mergeKey: string;
  readonly countryKey: string;
  readonly date: string | null;
}

/**
 * The keys and dates of every event report of a batch, its persons resolved against `persons`
 * in the order planBatch resolves them (each article's persons, then its events'
 * participants), so the keys are the ones planBatch will give. Only what the candidates
 * look-up needs: planBatch's rows, ids and merges within the batch are left to it.
 */
export function draftReports(batch: readonly ExtractedArticle[], persons: readonly PersonCandidate[]): DraftReport[] {
  const resolver = resolvePersons(persons);
  const mentionOf = personMentions();
  const reports: DraftReport[] = [];
  for (const { extraction: x } of batch) {
    for (const p of x.persons) resolver.resolve(mentionOf(x, p));
    for (const e of x.events) {
      const countries = reportCountries(e.countries);
      const personIds = e.participants.map((p) => resolver.resolve(mentionOf(x, p)).id);
      reports.push({ mergeKey: eventMergeKey(e.type, personIds, countries), countryKey: eventCountryKey(e.type, countries), date: e.date });
    }
  }
  return reports;
}
