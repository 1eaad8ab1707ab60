import type { EventRow, MentionRow, PersonRow } from '../../src/graph/catalog/ingestQueries.js';
import type { BatchPlan } from './planBatch.js';

/** What analysts' corrections say about the ids a batch resolved to (corrections.redirects). */
export interface Redirects {
  /** Persons merged into another: id → the id kept. */
  readonly persons: ReadonlyMap<string, string>;
  /** Events rejected: their reports are dropped. */
  readonly rejectedEvents: ReadonlySet<string>;
}

const unique = <T>(items: readonly T[], keyOf: (t: T) => string): T[] => [...new Map(items.map((t) => [keyOf(t), t])).values()];

function mergePersonRows(rows: readonly PersonRow[], to: (id: string) => string): PersonRow[] {
  const byId = new Map<string, PersonRow>();
  for (const row of rows) {
    const id = to(row.id);
    const seen = byId.get(id);
    byId.set(id, seen ? { ...seen, names: [...new Set([...seen.names, ...row.names])] } : { ...row, id });
  }
  return [...byId.values()];
}

function mergeMentions(rows: readonly MentionRow[], to: (id: string) => string): MentionRow[] {
  const byKey = new Map<string, MentionRow>();
  for (const row of rows) {
    const r = { ...row, id: to(row.id) };
    const key = `${r.articleId}\u0000${r.id}`;
    const seen = byKey.get(key);
    byKey.set(key, seen ? { ...seen, count: seen.count + r.count } : r);
  }
  return [...byKey.values()];
}

function redirectEvent(e: EventRow, to: (id: string) => string): EventRow {
  return { ...e, participants: unique(e.participants.map((p) => ({ ...p, personId: to(p.personId) })), (p) => p.personId) };
}

/**
 * The plan with analysts' corrections in force (issue 12): reports of a person merged into
 * another go to the person kept (names become its aliases, mentions and offices its own), and
 * reports of a rejected event are dropped, with the visits links to it. Pure; an empty
 * `redirects` returns the plan as it is.
 */
export function applyRedirects(plan: BatchPlan, redirects: Redirects): BatchPlan {
  if (redirects.persons.size === 0 && redirects.rejectedEvents.size === 0) return plan;
  const to = (id: string) => redirects.persons.get(id) ?? id;
  const kept = (e: EventRow) => !redirects.rejectedEvents.has(e.id);
  const newEvents = plan.newEvents.filter(kept).map((e) => redirectEvent(e, to));
  const mergedEvents = plan.mergedEvents.filter(kept).map((e) => redirectEvent(e, to));
  return {
    ...plan,
    persons: mergePersonRows(plan.persons, to),
    offices: plan.offices.map((o) => ({ ...o, personId: to(o.personId) })),
    mentions: { ...plan.mentions, persons: mergeMentions(plan.mentions.persons, to) },
    newEvents,
    mergedEvents,
    during: plan.during.filter((d) => !redirects.rejectedEvents.has(d.eventId) && !redirects.rejectedEvents.has(d.visitId)),
    eventsCreated: plan.eventsCreated - (plan.newEvents.length - newEvents.length),
    eventsMerged: plan.eventsMerged - (plan.mergedEvents.length - mergedEvents.length),
  };
}
