import type { EventRow, MentionRow, PersonRow } from '../../src/graph/catalog/ingestQueries.js';
import type { BatchPlan } from './planBatch.js';

/** What analysts' corrections say about the ids a batch resolved to (corrections.redirects). */
export interface Redirects {
  /** Persons merged into another: id → the id kept. */
  readonly persons: ReadonlyMap<string, string>;
  /**
   * Events merged into another (`event:<id>`) or split by article (`event:<id>@<article id>`):
   * key → the event the report belongs to.
   */
  readonly events: ReadonlyMap<string, string>;
  /** Events rejected: their reports are dropped. */
  readonly rejectedEvents: ReadonlySet<string>;
}

/** The key of an event's redirect, for all its reports or for one article's. */
export const eventRedirectKey = (eventId: string, articleId?: string): string => (articleId === undefined ? `event:${eventId}` : `event:${eventId}@${articleId}`);

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
  if (redirects.persons.size === 0 && redirects.events.size === 0 && redirects.rejectedEvents.size === 0) return plan;
  const to = (id: string) => redirects.persons.get(id) ?? id;
  const eventOf = (e: { id: string; articleId: string }) => redirects.events.get(eventRedirectKey(e.id, e.articleId)) ?? redirects.events.get(eventRedirectKey(e.id)) ?? e.id;
  const kept = (e: EventRow) => !redirects.rejectedEvents.has(e.id);
  // A report redirected to an event of the graph joins it (events.upsert merges), like a report
  // the writer matched itself.
  const moved = (e: EventRow) => eventOf(e) !== e.id;
  // A report of an article split off an event carries the split-off event's own merge key
  // (planEventMerge), should it write that event again after a re-derivation deleted it.
  const mergeKeyOf = (e: EventRow) => (redirects.events.has(eventRedirectKey(e.id, e.articleId)) ? `${e.mergeKey}#${eventOf(e)}` : e.mergeKey);
  const rows = [...plan.newEvents, ...plan.mergedEvents]
    .map((e) => ({ ...redirectEvent(e, to), id: eventOf(e), mergeKey: mergeKeyOf(e), moved: moved(e) }))
    .filter(kept);
  const created = new Set(plan.newEvents.map((e) => e.id));
  const newEvents = rows.filter((e) => !e.moved && created.has(e.id)).map(({ moved: _, ...e }) => e);
  const mergedEvents = rows.filter((e) => e.moved || !created.has(e.id)).map(({ moved: _, ...e }) => e);
  const during = plan.during
    .map((d) => ({ ...d, eventId: eventOf({ id: d.eventId, articleId: d.articleId }), visitId: eventOf({ id: d.visitId, articleId: d.articleId }) }))
    .filter((d) => d.eventId !== d.visitId && !redirects.rejectedEvents.has(d.eventId) && !redirects.rejectedEvents.has(d.visitId));
  return {
    ...plan,
    persons: mergePersonRows(plan.persons, to),
    offices: plan.offices.map((o) => ({ ...o, personId: to(o.personId) })),
    mentions: { ...plan.mentions, persons: mergeMentions(plan.mentions.persons, to) },
    newEvents,
    mergedEvents,
    during,
    eventsCreated: plan.eventsCreated - (plan.newEvents.length - newEvents.length),
    eventsMerged: plan.eventsMerged + (mergedEvents.length - plan.mergedEvents.length),
  };
}
