import type { Extraction, ExtractedEvent, Participant } from '../../src/domain/extraction.js';
import { relationId } from '../../src/domain/ids.js';
import type {
  ArticleRow,
  DuringRow,
  EventCandidate,
  EventRow,
  MentionRow,
  MentionRows,
  OfficeRow,
  OrganizationRow,
  PersonCandidate,
  PersonRow,
  PlaceRow,
  TopicRow,
} from '../../src/graph/catalog/ingestQueries.js';
import { eventCandidateIndex, eventCountryKey, eventMergeKey, findSameEvent, newEventId, reportCountries, sortDate, type EventReport } from './eventIdentity.js';
import { personMentions } from './personMentions.js';
import { surnameKey } from './personNames.js';
import { resolvePersons } from './resolvePersons.js';

/** One article's extraction with the text its evidence offsets refer to. */
export interface ExtractedArticle {
  readonly extraction: Extraction;
  readonly text: string;
}

/** What the graph already holds that a batch must be resolved against. */
export interface GraphLookups {
  readonly persons: readonly PersonCandidate[];
  readonly events: readonly EventCandidate[];
}

/** Every row a batch writes, query by query, and what it will do to events. */
export interface BatchPlan {
  readonly articles: ArticleRow[];
  readonly persons: PersonRow[];
  readonly organizations: OrganizationRow[];
  readonly places: PlaceRow[];
  readonly topics: TopicRow[];
  readonly offices: OfficeRow[];
  readonly mentions: MentionRows;
  /** Reports of encounters the graph does not hold yet (written with CREATE). */
  readonly newEvents: EventRow[];
  /** Reports joining an encounter already in the graph or earlier in the batch (MERGE). */
  readonly mergedEvents: EventRow[];
  /** Events that took place during a visit the same article reports (events.link-during). */
  readonly during: DuringRow[];
  readonly relationIds: string[];
  readonly eventsCreated: number;
  readonly eventsMerged: number;
}

/** YYYY-MM-DD of an ISO date or date-time, or null. */
export function isoDay(value: string | null): string | null {
  if (!value) return null;
  const day = value.slice(0, 10);
  return /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(Date.parse(day)) ? day : null;
}

/** The family-name keys a batch needs looked up before it can be planned. */
export function surnameKeysOf(batch: readonly ExtractedArticle[]): string[] {
  const keys = new Set<string>();
  for (const { extraction: x } of batch) {
    for (const p of x.persons) keys.add(surnameKey(p.name));
    for (const e of x.events) for (const p of e.participants) keys.add(surnameKey(p.name));
  }
  keys.delete('');
  return [...keys];
}

/**
 * Turns a batch of extractions into the rows of each write query: persons resolved across
 * articles, each event given the id of the encounter it reports (an existing one when type,
 * participants and date agree), relations listed for refresh. Pure: lookups come in.
 */
export function planBatch(batch: readonly ExtractedArticle[], lookups: GraphLookups): BatchPlan {
  const rows = emptyRows(lookups);
  for (const { extraction: x, text } of batch) {
    const published = isoDay(x.published);
    rows.articles.push({
      id: x.id,
      url: x.url,
      title: x.title,
      source: x.source,
      author: x.author,
      published,
      language: x.language,
      text,
      contentHash: x.contentHash,
      extractorVersion: x.extractorVersion,
      warnings: x.warnings.map((w) => `${w.code}: ${w.message}`),
    });
    planEntities(rows, x, published);
    planEvents(rows, x);
  }
  const { mentions } = rows;
  return {
    articles: rows.articles,
    persons: rows.personResolver.persons.map((p) => ({ id: p.id, name: p.name, names: p.names, surnameKey: p.surnameKey, country: p.country })),
    organizations: [...rows.organizations.values()],
    places: [...rows.places.values()],
    topics: [...rows.topics.values()],
    offices: rows.offices,
    mentions: {
      persons: collapse(mentions.persons),
      countries: collapse(mentions.countries),
      organizations: collapse(mentions.organizations),
      places: collapse(mentions.places),
      topics: collapse(mentions.topics),
    },
    newEvents: rows.newEvents,
    mergedEvents: rows.mergedEvents,
    during: uniqueDuring(rows.during),
    relationIds: [...rows.relationIds],
    eventsCreated: rows.newEvents.length,
    eventsMerged: rows.mergedEvents.length,
  };
}

/** The rows of a batch as they accumulate, article by article, with the resolvers they share. */
interface BatchRows {
  readonly personResolver: ReturnType<typeof resolvePersons>;
  readonly personMention: ReturnType<typeof personMentions>;
  readonly seenEvents: ReturnType<typeof eventCandidateIndex>;
  readonly articles: ArticleRow[];
  readonly organizations: Map<string, OrganizationRow>;
  readonly places: Map<string, PlaceRow>;
  readonly topics: Map<string, TopicRow>;
  readonly offices: OfficeRow[];
  readonly mentions: MentionRows;
  readonly newEvents: EventRow[];
  readonly mergedEvents: EventRow[];
  readonly during: DuringRow[];
  readonly relationIds: Set<string>;
}

function emptyRows(lookups: GraphLookups): BatchRows {
  return {
    personResolver: resolvePersons(lookups.persons),
    personMention: personMentions(),
    seenEvents: eventCandidateIndex(lookups.events.map((c) => ({ ...c, personIds: [...c.personIds] }))),
    articles: [],
    organizations: new Map(),
    places: new Map(),
    topics: new Map(),
    offices: [],
    mentions: { persons: [], countries: [], organizations: [], places: [], topics: [] },
    newEvents: [],
    mergedEvents: [],
    during: [],
    relationIds: new Set(),
  };
}

/** An article's persons (with the offices it gives them), countries, organisations, places and topics. */
function planEntities(rows: BatchRows, x: Extraction, published: string | null): void {
  const { mentions } = rows;
  for (const p of x.persons) {
    const person = rows.personResolver.resolve(rows.personMention(x, p));
    mentions.persons.push({ articleId: x.id, id: person.id, count: p.mentions });
    if (p.role) {
      rows.offices.push({
        personId: person.id,
        title: p.role,
        titleOriginal: p.roleOriginal,
        country: p.organization ? null : p.country,
        organization: p.organization,
        seen: published,
        articleId: x.id,
      });
    }
  }
  for (const c of x.countries) mentions.countries.push({ articleId: x.id, id: c.code, count: c.mentions });
  for (const o of x.organizations) {
    rows.organizations.set(o.id, { id: o.id, name: o.name, acronym: o.acronym, aliases: [], kind: o.kind, wikidata: o.wikidata, members: [] });
    mentions.organizations.push({ articleId: x.id, id: o.id, count: o.mentions });
  }
  for (const p of x.places) {
    rows.places.set(p.id, { id: p.id, name: p.name, country: p.country });
    mentions.places.push({ articleId: x.id, id: p.id, count: p.mentions });
  }
  for (const t of x.topics) {
    rows.topics.set(t.id, topicRow(t));
    mentions.topics.push({ articleId: x.id, id: t.id, count: t.mentions });
  }
}

/** An article's events, each new or joined to the encounter it reports, and their DURING links. */
function planEvents(rows: BatchRows, x: Extraction): void {
  const eventIds: string[] = [];
  for (const e of x.events) {
    const row = planEvent(x, e, (p) => rows.personResolver.resolve(rows.personMention(x, p)).id, rows.seenEvents);
    eventIds.push(row.event.id);
    if (row.same) {
      // The event now has this report's participants too: a later report naming any of
      // them is matched against the whole set.
      for (const p of row.event.participants) if (!row.same.personIds.includes(p.personId)) row.same.personIds.push(p.personId);
    } else {
      rows.seenEvents.add({
        id: row.event.id,
        mergeKey: row.event.mergeKey,
        countryKey: row.event.countryKey,
        date: row.event.date,
        datePrecision: row.event.datePrecision,
        personIds: [...new Set(row.event.participants.map((p) => p.personId))],
      });
    }
    for (const t of e.topics) if (!rows.topics.has(t.id)) rows.topics.set(t.id, topicRow(t));
    if (e.location?.placeId && e.location.country && !rows.places.has(e.location.placeId)) {
      rows.places.set(e.location.placeId, { id: e.location.placeId, name: e.location.name, country: e.location.country });
    }
    for (const pair of row.event.pairs) rows.relationIds.add(pair.id);
    (row.same ? rows.mergedEvents : rows.newEvents).push(row.event);
  }
  rows.during.push(...duringRows(x, eventIds));
}

function topicRow(t: { id: string; label: string }): TopicRow {
  return { id: t.id, label: t.label, labelFr: null, context: null, broader: null };
}

// Two forms of one name in one article resolve to one person: one MENTIONS edge, counts added.
function collapse(rows: readonly MentionRow[]): MentionRow[] {
  const byKey = new Map<string, MentionRow>();
  for (const row of rows) {
    const key = `${row.articleId}\u0000${row.id}`;
    const seen = byKey.get(key);
    byKey.set(key, seen ? { ...seen, count: seen.count + row.count } : row);
  }
  return [...byKey.values()];
}

/**
 * The DURING links an article states, from `ExtractedEvent.during` (the index of the visit in
 * its events), as rows between the events' resolved ids. A link the extraction cannot mean is
 * dropped: an index out of range or to itself, a target that is not a visit, a visit during a
 * visit, or two reports that resolved to one event.
 */
export function duringRows(x: Extraction, eventIds: readonly string[]): DuringRow[] {
  const rows: DuringRow[] = [];
  x.events.forEach((e, i) => {
    const at = e.during;
    if (at === null || !Number.isInteger(at) || at === i || e.type === 'visit') return;
    const visit = x.events[at];
    const eventId = eventIds[i];
    const visitId = eventIds[at];
    if (visit?.type !== 'visit' || eventId === undefined || visitId === undefined || eventId === visitId) return;
    rows.push({ eventId, visitId, articleId: x.id });
  });
  return rows;
}

// One row per link and article: two actions of one article can resolve to one event.
function uniqueDuring(rows: readonly DuringRow[]): DuringRow[] {
  const byKey = new Map(rows.map((r) => [`${r.eventId}\u0000${r.visitId}\u0000${r.articleId}`, r]));
  return [...byKey.values()];
}

function planEvent(
  x: Extraction,
  e: ExtractedEvent,
  personIdOf: (p: Participant) => string,
  seen: { near: (report: EventReport) => EventCandidate[] },
): { event: EventRow; same: EventCandidate | null } {
  const participants = e.participants.map((p) => ({ personId: personIdOf(p), role: p.role, side: p.side, country: p.country }));
  const countries = reportCountries(e.countries);
  const personIds = participants.map((p) => p.personId);
  const mergeKey = eventMergeKey(e.type, personIds, countries);
  const countryKey = eventCountryKey(e.type, countries);
  const report = { mergeKey, countryKey, personIds, date: e.date };
  const same = findSameEvent(report, seen.near(report));
  const pairs: EventRow['pairs'] = [];
  for (let i = 0; i < countries.length; i++) {
    for (let j = i + 1; j < countries.length; j++) {
      const a = countries[i] as string;
      const b = countries[j] as string;
      pairs.push({ id: relationId(a, b), a, b });
    }
  }
  const evidence = e.evidence[0];
  return {
    same,
    event: {
      id: same?.id ?? newEventId(mergeKey, e.date),
      mergeKey,
      countryKey,
      type: e.type,
      status: e.status,
      date: e.date,
      datePrecision: e.datePrecision,
      sortDate: sortDate(e.date),
      title: x.title,
      confidence: e.confidence,
      plover: e.plover,
      ploverMode: e.ploverMode,
      cameo: e.cameo,
      setting: e.setting,
      articleId: x.id,
      quote: evidence?.quote ?? '',
      start: evidence?.start ?? 0,
      end: evidence?.end ?? 0,
      rule: e.rule,
      countries: countries.map((code) => ({ code, side: e.countrySides[code] ?? 'party' })),
      participants,
      topics: e.topics.map((t) => t.id),
      placeId: e.location?.placeId ?? null,
      pairs,
    },
  };
}
