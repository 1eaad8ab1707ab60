import { runQuery, runWriteTransaction } from '../../src/graph/runQuery.js';
import { planBatch, surnameKeysOf, type ExtractedArticle } from './planBatch.js';

/** What writing one batch did. */
export interface WriteSummary {
  readonly written: number;
  /** Articles already in the graph with the same content and extractor version. */
  readonly unchanged: number;
  /** Articles whose facts were derived again (new text or new extractor version). */
  readonly rederived: number;
  readonly eventsCreated: number;
  readonly eventsMerged: number;
}

/**
 * Writes a batch of extracted articles in one transaction (all or nothing), with
 * `UNWIND … MERGE` queries so that writing it again changes nothing. Unchanged articles are
 * skipped; changed ones lose their old facts in the same transaction before the new ones go in.
 */
export async function writeExtractions(batch: readonly ExtractedArticle[]): Promise<WriteSummary> {
  const versions = await runQuery('articles.versions', { ids: batch.map((b) => b.extraction.id) });
  const known = new Map(versions.map((v) => [v.id, v]));
  const fresh: ExtractedArticle[] = [];
  const rederive: string[] = [];
  const seenIds = new Set<string>();
  let unchanged = 0;
  for (const item of batch) {
    const { id, contentHash, extractorVersion } = item.extraction;
    const before = known.get(id);
    // The same article twice in one batch (a feed and a file, say) is written once.
    if (seenIds.has(id) || (before && before.contentHash === contentHash && before.extractorVersion === extractorVersion)) {
      unchanged++;
      continue;
    }
    seenIds.add(id);
    if (before) rederive.push(id);
    fresh.push(item);
  }
  if (fresh.length === 0) return { written: 0, unchanged, rederived: 0, eventsCreated: 0, eventsMerged: 0 };

  const persons = await runQuery('persons.candidates', { surnameKeys: surnameKeysOf(fresh) });
  const draft = planBatch(fresh, { persons, events: [] });
  const events = await runQuery('events.candidates', { mergeKeys: [...new Set(draft.events.map((e) => e.mergeKey))] });
  const plan = planBatch(fresh, { persons, events });

  await runWriteTransaction([
    { name: 'articles.detach-facts', params: { ids: rederive } },
    { name: 'articles.upsert', params: { rows: plan.articles } },
    { name: 'persons.upsert', params: { rows: plan.persons } },
    { name: 'organizations.upsert', params: { rows: plan.organizations } },
    { name: 'places.upsert', params: { rows: plan.places } },
    { name: 'topics.upsert', params: { rows: plan.topics } },
    { name: 'offices.upsert', params: { rows: plan.offices } },
    { name: 'mentions.upsert', params: plan.mentions },
    { name: 'events.upsert', params: { rows: plan.events } },
    (previous) => {
      const detached = (previous[0] ?? []) as { relationIds: string[] }[];
      const ids = new Set([...plan.relationIds, ...detached.flatMap((r) => r.relationIds)]);
      return { name: 'relations.refresh', params: { ids: [...ids] } };
    },
  ]);
  return {
    written: fresh.length,
    unchanged,
    rederived: rederive.length,
    eventsCreated: plan.eventsCreated,
    eventsMerged: plan.eventsMerged,
  };
}
