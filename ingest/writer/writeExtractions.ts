import { runWriteTransaction, type LaterWriteStep, type TransactionQuery, type WriteStep } from '../../src/graph/runQuery.js';
import { storeStaleDetails } from '../../src/graph/storedDetails.js';
import { stampChanges } from '../../src/graph/changeFeed.js';
import { syncTallies } from '../../src/graph/tallies.js';
import { replayCorrections } from '../../src/graph/corrections/replayCorrections.js';
import { ConstraintViolationError } from '../../src/domain/errors.js';
import type { EventRow } from '../../src/graph/catalog/ingestQueries.js';
import { articleMentions } from './articleMentions.js';
import { candidateProbes } from './candidateProbes.js';
import { draftReports } from './draftReports.js';
import { officeEdges } from './officeEdges.js';
import { applyRedirects, eventRedirectKey, type Redirects } from './applyRedirects.js';
import { planBatch, surnameKeysOf, type BatchPlan, type ExtractedArticle } from './planBatch.js';

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
 * The transaction takes the ingest lock first and reads what it resolves against after it
 * (queries/ingest.lock.cypher): concurrent writers, in this process or others, give the graph
 * one writer would.
 */
export async function writeExtractions(batch: readonly ExtractedArticle[]): Promise<WriteSummary> {
  try {
    return await writeLocked(batch);
  } catch (error) {
    // A writer that does not take the lock created one of our new events first: plan again,
    // the event now merges.
    if (!(error instanceof ConstraintViolationError)) throw error;
    return writeLocked(batch);
  }
}

/** The batch's transaction: lock, look up, plan, write. The summary is the last attempt's. */
async function writeLocked(batch: readonly ExtractedArticle[]): Promise<WriteSummary> {
  let summary: WriteSummary | undefined;
  await runWriteTransaction(async (query) => {
    const prepared = await prepareBatch(batch, query);
    summary = prepared.summary;
    return prepared.steps;
  });
  return summary as WriteSummary;
}

/**
 * Inside a batch's open transaction: takes the ingest lock, reads what the batch resolves
 * against, plans it, and returns the write steps with the summary they will give. Exported
 * for bench/profileWriter.ts, which runs the steps one by one to see where the time goes.
 */
export async function prepareBatch(batch: readonly ExtractedArticle[], query: TransactionQuery): Promise<{ summary: WriteSummary; steps: (WriteStep | LaterWriteStep)[] }> {
  await query('ingest.lock', {});
  const versions = await query('articles.versions', { ids: batch.map((b) => b.extraction.id) });
  const { fresh, rederive, unchanged } = sortOut(batch, versions);
  if (fresh.length === 0) return { summary: { written: 0, unchanged, rederived: 0, eventsCreated: 0, eventsMerged: 0 }, steps: [] };
  const plan = await planAgainstGraph(fresh, query);
  return {
    summary: { written: fresh.length, unchanged, rederived: rederive.length, eventsCreated: plan.eventsCreated, eventsMerged: plan.eventsMerged },
    steps: writeSteps(plan, rederive),
  };
}

/** Splits a batch into articles to write (new or changed), to re-derive (changed), and unchanged. */
function sortOut(batch: readonly ExtractedArticle[], versions: readonly { id: string; contentHash: string; extractorVersion: string; irrelevant: boolean }[]) {
  const known = new Map(versions.map((v) => [v.id, v]));
  const fresh: ExtractedArticle[] = [];
  const rederive: string[] = [];
  const seenIds = new Set<string>();
  let unchanged = 0;
  for (const item of batch) {
    const { id, contentHash, extractorVersion } = item.extraction;
    const before = known.get(id);
    // The same article twice in one batch (a feed and a file, say) is written once; one an
    // analyst marked not relevant is never derived again (issue 12).
    if (seenIds.has(id) || before?.irrelevant || (before && before.contentHash === contentHash && before.extractorVersion === extractorVersion)) {
      unchanged++;
      continue;
    }
    seenIds.add(id);
    if (before) rederive.push(id);
    fresh.push(item);
  }
  return { fresh, rederive, unchanged };
}

/** Resolves the batch against the persons and events the graph holds. */
async function planAgainstGraph(fresh: readonly ExtractedArticle[], query: TransactionQuery): Promise<BatchPlan> {
  const persons = await query('persons.candidates', { surnameKeys: surnameKeysOf(fresh) });
  // Merge keys need resolved person ids, and the plan needs the events found under those
  // keys: the reports' keys are drafted first (persons resolved as the plan will resolve them;
  // no rows built), then the batch is planned once against what they found.
  const drafted = draftReports(fresh, persons);
  const events = await query('events.candidates', {
    mergeProbes: candidateProbes(drafted.map((e) => ({ key: e.mergeKey, date: e.date }))),
    countryProbes: candidateProbes(drafted.map((e) => ({ key: e.countryKey, date: e.date }))),
  });
  const planned = planBatch(fresh, { persons, events });
  return applyRedirects(planned, await redirectsOf(planned, query));
}

/** The steps that write a plan's articles, entities, mentions and events, in the order they must run. */
export function factSteps(plan: BatchPlan): WriteStep[] {
  return [
    { name: 'articles.upsert', params: { rows: plan.articles } },
    { name: 'persons.upsert', params: { rows: plan.persons } },
    { name: 'organizations.upsert', params: { rows: plan.organizations } },
    { name: 'places.upsert', params: { rows: plan.places } },
    { name: 'topics.upsert', params: { rows: plan.topics } },
    { name: 'offices.upsert', params: { rows: officeEdges(plan.offices) } },
    { name: 'mentions.upsert', params: { rows: articleMentions(plan.mentions) } },
    { name: 'relations.ensure', params: { rows: relationPairs([...plan.newEvents, ...plan.mergedEvents]) } },
    { name: 'events.create', params: { rows: plan.newEvents } },
    { name: 'events.upsert', params: { rows: plan.mergedEvents } },
    { name: 'events.link-during', params: { rows: plan.during } },
  ];
}

/** The country pairs of these events, each once. */
function relationPairs(events: readonly EventRow[]): EventRow['pairs'] {
  return [...new Map(events.flatMap((e) => e.pairs).map((p) => [p.id, p])).values()];
}

/** The write steps of a planned batch, in the order they must run. */
function writeSteps(plan: BatchPlan, rederive: readonly string[]): (WriteStep | LaterWriteStep)[] {
  return [
    { name: 'articles.detach-facts', params: { ids: [...rederive] } },
    ...factSteps(plan),
    // Analysts' corrections of these events, applied again over what the reports just wrote.
    ...replayCorrections((rowsOf) => [...plan.newEvents, ...plan.mergedEvents].map((e) => e.id).concat(rowsOf('articles.detach-facts').flatMap((r) => r.eventIds))),
    (rowsOf) => {
      const detached = rowsOf('articles.detach-facts').flatMap((r) => r.relationIds);
      return { name: 'relations.refresh', params: { ids: [...new Set([...plan.relationIds, ...detached])] } };
    },
    // The dashboards' tallies (issue 14), over every event written or detached (deleted ones too).
    syncTallies((rowsOf) => [...plan.newEvents, ...plan.mergedEvents].map((e) => e.id).concat(rowsOf('articles.detach-facts').flatMap((r) => r.eventIds))),
    ...storeStaleDetails((rowsOf) => ({
      eventIds: [...plan.newEvents, ...plan.mergedEvents].map((e) => e.id).concat(rowsOf('articles.detach-facts').flatMap((r) => r.eventIds)),
      personIds: rowsOf('persons.upsert').flatMap((r) => r.changed),
      placeIds: rowsOf('places.upsert').flatMap((r) => r.changed),
      topicIds: rowsOf('topics.upsert').flatMap((r) => r.changed),
    })),
    // Last, for live updates (issue 13): the events whose details changed (created, given a
    // source, re-derived or renamed) and the relations refreshed go into the change log, under
    // the next value of the change sequence.
    stampChanges((rowsOf) => ({
      eventIds: rowsOf('events.stale-details').map((r) => r.id),
      relationIds: [...plan.relationIds, ...rowsOf('articles.detach-facts').flatMap((r) => r.relationIds)],
    })),
  ];
}

/** What analysts' corrections say about the persons and events of a plan (merged, rejected). */
async function redirectsOf(plan: BatchPlan, query: TransactionQuery): Promise<Redirects> {
  const reports = [...plan.newEvents, ...plan.mergedEvents];
  const rows = await query('corrections.redirects', {
    personIds: plan.persons.map((p) => p.id),
    eventKeys: [...new Set(reports.flatMap((e) => [eventRedirectKey(e.id), eventRedirectKey(e.id, e.articleId)]))],
    eventIds: reports.map((e) => e.id),
  });
  const to = (kind: string) => new Map(rows.filter((r) => r.kind === kind && r.toId !== null).map((r) => [r.fromId, r.toId as string]));
  return {
    persons: to('person'),
    events: to('event'),
    rejectedEvents: new Set(rows.filter((r) => r.toRejected).map((r) => r.toId ?? r.fromId)),
  };
}
