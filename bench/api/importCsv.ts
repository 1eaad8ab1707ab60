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

function openFiles(dir: string) {
  const f = (name: string, header: string) => new CsvFile(join(dir, `${name}.csv`), header);
  return {
    nodes: {
      Country: f('countries', 'code:ID(Country)'),
      Person: f('persons', 'id:ID(Person),name,country,surnameKey,searchText'),
      Place: f('places', 'id:ID(Place),name,country,searchText'),
      Topic: f('topics', 'id:ID(Topic),label'),
      Article: f('articles', 'id:ID(Article),url,title,source,published:date,language,text,contentHash,extractorVersion,ingestedAt:datetime'),
      Event: f('events', 'id:ID(Event),mergeKey,countryKey,type,status,date,datePrecision,sortDate:date,title,confidence:double,plover,ploverMode,cameo,articleCount:long,createdAt:datetime,detailsJson'),
      Relation: f('relations', 'id:ID(Relation),eventCount:long,occurredCount:long,firstDate:date,lastDate:date'),
    },
    rels: {
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
    },
  };
}
type Files = ReturnType<typeof openFiles>;

/** What the import gathers across articles and writes at the end (the writer's MERGEd nodes and maintained figures). */
interface Gathered {
  readonly places: Map<string, { name: string; country: string }>;
  readonly topics: Map<string, string>;
  readonly relations: Map<string, { a: string; b: string; n: number; first: string; last: string }>;
  readonly offices: Map<string, { personId: string; title: string; country: string; first: string; last: string; sources: string[] }>;
}

type Article = ReturnType<typeof syntheticArticle>;

/** The event's stored details, as events.derive-details derives them (same order of everything). */
function storedDetails(id: string, { extraction: x }: Article): string {
  const e = x.events[0]!;
  const ev = e.evidence[0]!;
  const place = e.location!;
  const [host, guest] = [e.participants.find((p) => p.side === 'host')!, e.participants.find((p) => p.side === 'guest')!];
  return JSON.stringify([
    id,
    [host, guest].map((p) => [p.personId, p.name, [], p.country, p.role, p.side, p.country]),
    [...e.countries].sort().map((c) => [c, e.countrySides[c]]),
    [place.placeId, place.name, place.country],
    [...e.topics].sort((a, b) => (a.id < b.id ? -1 : 1)).map((t) => [t.id, t.label, null, null, null]),
    [[x.id, x.url, x.title, x.source, x.author, x.language, x.published, INGESTED_AT, ev.quote, ev.start, ev.end, e.confidence, e.rule]],
  ]);
}

/** Writes one article, its event and their edges; gathers what is written at the end. */
async function writeArticle(article: Article, mergeKey: string, { nodes, rels }: Files, g: Gathered): Promise<void> {
  const { extraction: x, text } = article;
  const e = x.events[0]!;
  const ev = e.evidence[0]!;
  const id = newEventId(mergeKey, e.date);
  const date = e.date!;
  const published = x.published!;
  await nodes.Article.row([x.id, x.url, x.title, x.source, published, x.language, text, x.contentHash, x.extractorVersion, INGESTED_AT]);
  await nodes.Event.row([
    id, mergeKey, eventCountryKey(e.type, e.countries), e.type, e.status, date, e.datePrecision, date, x.title, e.confidence,
    e.plover, e.ploverMode, e.cameo, 1, INGESTED_AT, storedDetails(id, article),
  ]);
  await rels.REPORTED_IN.row([id, x.id, ev.quote, ev.start, ev.end, e.confidence, e.rule]);
  for (const c of e.countries) await rels.INVOLVES.row([id, c, e.countrySides[c]!, c, date]);
  for (const p of e.participants) await rels.PARTICIPATED_IN.row([p.personId!, id, p.role, p.side, p.country]);
  for (const t of e.topics) await rels.DISCUSSED.row([id, t.id, t.id, date]);
  await rels.HELD_IN.row([id, e.location!.placeId]);
  const [a, b] = [...e.countries].sort() as [string, string];
  const rid = relationId(a, b);
  await rels.PART_OF.row([id, rid, rid, date]);
  const r = g.relations.get(rid);
  if (r) Object.assign(r, { n: r.n + 1, first: date < r.first ? date : r.first, last: date > r.last ? date : r.last });
  else g.relations.set(rid, { a, b, n: 1, first: date, last: date });
  g.places.set(e.location!.placeId!, { name: e.location!.name, country: e.location!.country! });
  for (const t of x.topics) g.topics.set(t.id, t.label);
  for (const p of x.persons) {
    await rels.MENTIONS_PERSON.row([x.id, p.id, p.mentions]);
    const o = g.offices.get(`${p.id}|${p.role}`);
    if (o) Object.assign(o, { first: published < o.first ? published : o.first, last: published > o.last ? published : o.last }).sources.push(x.id);
    else g.offices.set(`${p.id}|${p.role}`, { personId: p.id, title: p.role!, country: p.country!, first: published, last: published, sources: [x.id] });
  }
  for (const c of x.countries) await rels.MENTIONS_COUNTRY.row([x.id, c.code, c.mentions]);
  for (const p of x.places) await rels.MENTIONS_PLACE.row([x.id, p.id, p.mentions]);
  for (const t of x.topics) await rels.MENTIONS_TOPIC.row([x.id, t.id, t.mentions]);
}

/** Writes what was gathered: places, topics, relations with their figures, offices with their sources. */
async function writeGathered({ nodes, rels }: Files, g: Gathered): Promise<void> {
  for (const [id, p] of g.places) {
    await nodes.Place.row([id, p.name, p.country, p.name]);
    await rels.IN.row([id, p.country]);
  }
  for (const [id, label] of g.topics) await nodes.Topic.row([id, label]);
  for (const [id, r] of g.relations) {
    await nodes.Relation.row([id, r.n, r.n, r.first, r.last]);
    await rels.BETWEEN.row([id, r.a]);
    await rels.BETWEEN.row([id, r.b]);
  }
  for (const o of g.offices.values()) await rels.HOLDS_OFFICE.row([o.personId, o.country, o.title, o.first, o.last, o.sources.join(';')]);
}

/** Writes the CSV files of synthetic articles 0, 1, … into `dir`, until they hold `events` events. */
export async function writeImportCsv(dir: string, events: number): Promise<ImportFiles> {
  mkdirSync(dir, { recursive: true });
  const files = openFiles(dir);
  for (const c of countrySeedRows()) await files.nodes.Country.row([c.code]);
  for (const p of PERSONS) await files.nodes.Person.row([p.id, p.name, p.country, surnameKey(p.name), p.name]);
  const gathered: Gathered = { places: new Map(), topics: new Map(), relations: new Map(), offices: new Map() };
  const datesByKey = new Map<string, number[]>();
  let skipped = 0;
  let n = 0;
  for (let written = 0; written < events; n++) {
    const article = syntheticArticle(n);
    const e = article.extraction.events[0]!;
    const mergeKey = eventMergeKey(e.type, e.participants.map((p) => p.personId!), e.countries);
    const day = Date.parse(e.date!);
    const seen = datesByKey.get(mergeKey) ?? [];
    // The writer would merge this report into the earlier event: left out (see the top).
    if (seen.some((d) => Math.abs(d - day) <= DAY_MS)) {
      skipped++;
      continue;
    }
    datesByKey.set(mergeKey, [...seen, day]);
    written++;
    await writeArticle(article, mergeKey, files, gathered);
  }
  await writeGathered(files, gathered);
  for (const file of [...Object.values(files.nodes), ...Object.values(files.rels)]) await file.close();
  return {
    nodes: Object.fromEntries(Object.entries(files.nodes).map(([label, file]) => [label, file.path])),
    relationships: Object.entries(files.rels).map(([type, file]) => [type.startsWith('MENTIONS') ? 'MENTIONS' : type, file.path] as const),
    articles: n,
    skipped,
  };
}
