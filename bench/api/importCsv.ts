// CSV files for neo4j-admin's full import of the synthetic graph (bench:graph --import): the
// same nodes, relationships and properties the ingest writer gives synthetic articles 0, 1, …
// (same ids from the writer's own key and id functions, same stored event details), written
// in minutes where a million articles through the transactional writer take hours on two
// shared cores. Countries carry only their code: `db migrate` seeds the rest. An article whose
// event the writer would merge into an earlier one (same type and participants within a day:
// ~60 in a million) is left out, so every event has the one report it has in the writer's graph.
import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { relationId } from '../../src/domain/ids.js';
import { countrySeedRows } from '../../src/graph/countrySeedRows.js';
import { eventCountryKey, eventMergeKey, newEventId } from '../../ingest/writer/eventIdentity.js';
import { surnameKey } from '../../ingest/writer/personNames.js';
import { PERSONS, syntheticArticle } from './syntheticGraph.js';

const DAY_MS = 86_400_000;
// Fixed timestamps (with milliseconds, as the writer's datetime() has them) so that the
// stored details' text, which carries ingestedAt, is what events.derive-details derives.
const INGESTED_AT = '2026-12-06T09:30:00.123Z';

const quote = (v: string | number | null) => (v === null ? '' : typeof v === 'number' ? String(v) : `"${v.replaceAll('"', '""')}"`);

/** One CSV file: header then rows, with backpressure. */
class CsvFile {
  private readonly out: WriteStream;
  constructor(readonly path: string, header: string) {
    this.out = createWriteStream(path);
    this.out.write(header + '\n');
  }
  async row(values: readonly (string | number | null)[]): Promise<void> {
    if (!this.out.write(values.map(quote).join(',') + '\n')) await once(this.out, 'drain');
  }
  async close(): Promise<void> {
    this.out.end();
    await once(this.out, 'finish');
  }
}

/** The import's files: node files by label and relationship files by type, paths in `dir`. */
export interface ImportFiles {
  readonly nodes: Record<string, string>;
  /** [type, file]: one file per type and far-end label (each file has its own header). */
  readonly relationships: readonly (readonly [string, string])[];
  readonly articles: number;
  readonly skipped: number;
}

/** Writes the CSV files of synthetic articles 0, 1, … into `dir`, until they hold `events` events. */
export async function writeImportCsv(dir: string, events: number): Promise<ImportFiles> {
  mkdirSync(dir, { recursive: true });
  const f = (name: string, header: string) => new CsvFile(join(dir, `${name}.csv`), header);
  const files = {
    Country: f('countries', 'code:ID(Country)'),
    Person: f('persons', 'id:ID(Person),name,country,surnameKey,searchText'),
    Place: f('places', 'id:ID(Place),name,country,searchText'),
    Topic: f('topics', 'id:ID(Topic),label'),
    Article: f('articles', 'id:ID(Article),url,title,source,published:date,language,text,contentHash,extractorVersion,ingestedAt:datetime'),
    Event: f('events', 'id:ID(Event),mergeKey,countryKey,type,status,date,datePrecision,sortDate:date,title,confidence:double,plover,ploverMode,cameo,articleCount:long,createdAt:datetime,detailsJson'),
    Relation: f('relations', 'id:ID(Relation),eventCount:long,occurredCount:long,firstDate:date,lastDate:date'),
  };
  const rels = {
    REPORTED_IN: f('reported_in', ':START_ID(Event),:END_ID(Article),quote,start:double,end:double,confidence:double,rule'),
    INVOLVES: f('involves', ':START_ID(Event),:END_ID(Country),side,country,sortDate:date'),
    PARTICIPATED_IN: f('participated_in', ':START_ID(Person),:END_ID(Event),role,side,country'),
    DISCUSSED: f('discussed', ':START_ID(Event),:END_ID(Topic),topic,sortDate:date'),
    HELD_IN: f('held_in', ':START_ID(Event),:END_ID(Place)'),
    PART_OF: f('part_of', ':START_ID(Event),:END_ID(Relation),relation,sortDate:date'),
    BETWEEN: f('between', ':START_ID(Relation),:END_ID(Country)'),
    IN: f('in', ':START_ID(Place),:END_ID(Country)'),
    HOLDS_OFFICE: f('holds_office', ':START_ID(Person),:END_ID(Country),title,firstSeen:date,lastSeen:date,sources:string[]'),
    MENTIONS_PERSON: f('mentions_person', ':START_ID(Article),:END_ID(Person),count:double'),
    MENTIONS_COUNTRY: f('mentions_country', ':START_ID(Article),:END_ID(Country),count:double'),
    MENTIONS_PLACE: f('mentions_place', ':START_ID(Article),:END_ID(Place),count:double'),
    MENTIONS_TOPIC: f('mentions_topic', ':START_ID(Article),:END_ID(Topic),count:double'),
  };
  for (const c of countrySeedRows()) await files.Country.row([c.code]);
  for (const p of PERSONS) await files.Person.row([p.id, p.name, p.country, surnameKey(p.name), p.name]);

  const places = new Map<string, { name: string; country: string }>();
  const topics = new Map<string, string>();
  const relations = new Map<string, { a: string; b: string; n: number; first: string; last: string }>();
  const offices = new Map<string, { personId: string; title: string; country: string; first: string; last: string; sources: string[] }>();
  const datesByKey = new Map<string, number[]>();
  let skipped = 0;

  let n = 0;
  for (let written = 0; written < events; n++) {
    const { extraction: x, text } = syntheticArticle(n);
    const e = x.events[0]!;
    const personIds = e.participants.map((p) => p.personId!);
    const mergeKey = eventMergeKey(e.type, personIds, e.countries);
    const day = Date.parse(e.date!);
    const seen = datesByKey.get(mergeKey) ?? [];
    if (seen.some((d) => Math.abs(d - day) <= DAY_MS)) {
      skipped++;
      continue;
    }
    datesByKey.set(mergeKey, [...seen, day]);
    written++;
    const id = newEventId(mergeKey, e.date);
    const published = x.published!;
    const ev = e.evidence[0]!;
    await files.Article.row([x.id, x.url, x.title, x.source, published, x.language, text, x.contentHash, x.extractorVersion, INGESTED_AT]);
    const host = e.participants.find((p) => p.side === 'host')!;
    const guest = e.participants.find((p) => p.side === 'guest')!;
    const place = e.location!;
    const topicRows = [...e.topics].sort((a, b) => (a.id < b.id ? -1 : 1));
    const details = [
      id,
      [host, guest].map((p) => [p.personId, p.name, [], p.country, p.role, p.side, p.country]),
      [...e.countries].sort().map((c) => [c, e.countrySides[c]]),
      [place.placeId, place.name, place.country],
      topicRows.map((t) => [t.id, t.label, null, null, null]),
      [[x.id, x.url, x.title, x.source, x.author, x.language, published, INGESTED_AT, ev.quote, ev.start, ev.end, e.confidence, e.rule]],
    ];
    await files.Event.row([
      id, mergeKey, eventCountryKey(e.type, e.countries), e.type, e.status, e.date, e.datePrecision, e.date, x.title, e.confidence,
      e.plover, e.ploverMode, e.cameo, 1, INGESTED_AT, JSON.stringify(details),
    ]);
    await rels.REPORTED_IN.row([id, x.id, ev.quote, ev.start, ev.end, e.confidence, e.rule]);
    for (const c of e.countries) await rels.INVOLVES.row([id, c, e.countrySides[c]!, c, e.date]);
    for (const p of e.participants) await rels.PARTICIPATED_IN.row([p.personId!, id, p.role, p.side, p.country]);
    for (const t of e.topics) await rels.DISCUSSED.row([id, t.id, t.id, e.date]);
    await rels.HELD_IN.row([id, place.placeId]);
    const [a, b] = [...e.countries].sort() as [string, string];
    const rid = relationId(a, b);
    await rels.PART_OF.row([id, rid, rid, e.date]);
    const r = relations.get(rid);
    if (r) Object.assign(r, { n: r.n + 1, first: e.date! < r.first ? e.date! : r.first, last: e.date! > r.last ? e.date! : r.last });
    else relations.set(rid, { a, b, n: 1, first: e.date!, last: e.date! });
    places.set(place.placeId!, { name: place.name, country: place.country! });
    for (const t of x.topics) topics.set(t.id, t.label);
    for (const p of x.persons) {
      await rels.MENTIONS_PERSON.row([x.id, p.id, p.mentions]);
      const key = `${p.id}|${p.role}`;
      const o = offices.get(key);
      if (o) Object.assign(o, { first: published < o.first ? published : o.first, last: published > o.last ? published : o.last }).sources.push(x.id);
      else offices.set(key, { personId: p.id, title: p.role!, country: p.country!, first: published, last: published, sources: [x.id] });
    }
    for (const c of x.countries) await rels.MENTIONS_COUNTRY.row([x.id, c.code, c.mentions]);
    for (const p of x.places) await rels.MENTIONS_PLACE.row([x.id, p.id, p.mentions]);
    for (const t of x.topics) await rels.MENTIONS_TOPIC.row([x.id, t.id, t.mentions]);
  }
  for (const [id, p] of places) {
    await files.Place.row([id, p.name, p.country, p.name]);
    await rels.IN.row([id, p.country]);
  }
  for (const [id, label] of topics) await files.Topic.row([id, label]);
  for (const [id, r] of relations) {
    await files.Relation.row([id, r.n, r.n, r.first, r.last]);
    await rels.BETWEEN.row([id, r.a]);
    await rels.BETWEEN.row([id, r.b]);
  }
  for (const o of offices.values()) await rels.HOLDS_OFFICE.row([o.personId, o.country, o.title, o.first, o.last, o.sources.join(';')]);
  for (const file of [...Object.values(files), ...Object.values(rels)]) await file.close();
  return {
    nodes: Object.fromEntries(Object.entries(files).map(([label, file]) => [label, file.path])),
    relationships: Object.entries(rels).map(([type, file]) => [type.startsWith('MENTIONS') ? 'MENTIONS' : type, file.path] as const),
    articles: n,
    skipped,
  };
}
