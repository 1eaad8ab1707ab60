// Synthetic corpus generator for the ingest and API benchmarks (issue 4 "Speed, measured").
// Country names, capitals and demonyms come from world-countries; person names, offices,
// topics and FR/EN sentence templates are data in bench/templates/*.json, so the articles
// read like wire copy a general extractor recognises. Deterministic (seeded PRNG) and lazy:
// one story is built at a time, so memory stays flat however many articles are asked for.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Country } from 'world-countries';
import { z } from 'zod';

/** One generated article, in the JSON article shape the readers accept (`.jsonl` line). */
export interface RawJsonArticle {
  readonly id: string;
  readonly url: string;
  readonly title: string;
  /** ISO date YYYY-MM-DD. */
  readonly published: string;
  readonly language: 'en' | 'fr';
  readonly text: string;
}

/** Event type of a generated meeting; `planned` status goes with announced visits only. */
export type SyntheticEventType = 'meeting' | 'visit' | 'phone_call' | 'agreement';

/** A participant of a generated meeting, as the generator knows it (ground truth). */
export interface SyntheticParticipant {
  /** Stable across articles: same country, office and term give the same person. */
  readonly personKey: string;
  /** Canonical (English) spelling. */
  readonly name: string;
  /** The spelling French articles use; differs by transliteration (Sergey / Sergueï) or not at all. */
  readonly nameFr: string;
  readonly countryCode: string;
  readonly officeId: string;
}

/** The real-world (synthetic) meeting behind one or more articles. */
export interface SyntheticMeeting {
  readonly meetingId: string;
  readonly type: SyntheticEventType;
  readonly status: 'occurred' | 'planned';
  /** ISO date YYYY-MM-DD. */
  readonly date: string;
  /** Host capital in English, or null for phone calls. */
  readonly place: string | null;
  /** Host first; two participants, three for a trilateral meeting. */
  readonly participants: readonly SyntheticParticipant[];
  readonly topicIds: readonly string[];
}

/** An article with what it reports: no meeting for a negative. */
export interface GeneratedArticle {
  readonly article: RawJsonArticle;
  readonly meetings: readonly SyntheticMeeting[];
}

/** Options of the generator; only `articles` and `seed` are required. */
export interface GenerateCorpusOptions {
  /** Number of articles to yield, exactly. */
  readonly articles: number;
  /** Any integer; the same seed gives the same corpus. */
  readonly seed: number;
  /** Meetings reported by each (non-negative) article; default 1. */
  readonly meetingsPerArticle?: number;
  /** Maximum number of articles reporting one story (uniform in 1..max); default 3. */
  readonly reportsPerMeeting?: number;
  /** Share of articles that report no event; default 0.1. */
  readonly negativeShare?: number;
  /** First and last possible meeting dates (ISO); default 2015-01-01 .. 2025-12-31. */
  readonly from?: string;
  readonly until?: string;
}

// ---------------------------------------------------------------------------------------
// Template data, validated once at load.

const textList = z.array(z.string().min(1)).min(1);
const nameEntry = z.union([z.string(), z.object({ en: z.string(), fr: z.string() })]);
const namesSchema = z.object({
  subregionGroups: z.record(z.string(), z.string()),
  countryGroups: z.record(z.string(), z.string()),
  groups: z.record(z.string(), z.object({ male: z.array(nameEntry).min(1), female: z.array(nameEntry).min(1), surname: z.array(nameEntry).min(1) })),
});
const countriesSchema = z.object({
  exclude: z.array(z.string()),
  nameOverrides: z.record(z.string(), z.object({ en: z.string().optional(), fr: z.string().optional() })),
  frNoArticle: z.array(z.string()),
  frPlural: z.array(z.string()),
  frMasculineE: z.array(z.string()),
  frCapitals: z.record(z.string(), z.string()),
});
const officesSchema = z.object({
  offices: z.array(z.object({
    id: z.string(), weight: z.number().positive(), termYears: z.number().int().positive(),
    en: z.object({ title: z.string(), long: z.string() }),
    fr: z.object({ male: z.string(), female: z.string() }),
  })).min(1),
});
const topicsSchema = z.object({ topics: z.array(z.object({ id: z.string(), en: z.string(), fr: z.string() })).min(2) });
const storyKinds = ['meeting', 'visit', 'phone_call', 'agreement', 'planned_visit', 'trilateral'] as const;
type StoryKind = (typeof storyKinds)[number];
const byKind = z.object(Object.fromEntries(storyKinds.map((k) => [k, textList])) as Record<StoryKind, typeof textList>);
const eventsSchema = z.object({
  headlines: byKind, leads: byKind, agenda: textList, agendaPlanned: textList,
  fillers: textList, closings: textList, closingsPlanned: textList,
});
const negativeThemes = z.record(z.string(), z.object({ titles: textList, sentences: textList }));
const negativesSchema = z.object({ en: negativeThemes, fr: negativeThemes });
const outletsSchema = z.object({ en: z.array(z.object({ name: z.string(), host: z.string() })).min(1), fr: z.array(z.object({ name: z.string(), host: z.string() })).min(1) });

function loadTemplate<T>(file: string, schema: z.ZodType<T>): T {
  const url = new URL(`./templates/${file}`, import.meta.url);
  return schema.parse(JSON.parse(readFileSync(url, 'utf8')));
}

type Lang = 'en' | 'fr';
type Gender = 'male' | 'female';
type NameEntry = z.infer<typeof nameEntry>;

interface CountryForms {
  readonly code: string;
  readonly group: string;
  readonly en: string;
  /** "Mali", "the United States": lower case; `fill` capitalises sentence starts. */
  readonly capitalEn: string;
  readonly capitalFr: string;
  readonly demonymEn: string;
  readonly demonymFr: Record<Gender, string>;
  readonly frThe: string;
  readonly frOf: string;
  readonly frTo: string;
}

interface Templates {
  readonly countries: readonly CountryForms[];
  readonly names: z.infer<typeof namesSchema>;
  readonly offices: z.infer<typeof officesSchema>['offices'];
  readonly officeWeightTotal: number;
  readonly topics: z.infer<typeof topicsSchema>['topics'];
  readonly events: Record<Lang, z.infer<typeof eventsSchema>>;
  readonly negatives: z.infer<typeof negativesSchema>;
  readonly outlets: z.infer<typeof outletsSchema>;
}

const VOWEL_START = /^[AEIOUYÉÈÊÎÏÔÛÂaeiouyéèêîïôûâ]/u;

/** French article forms ("le Mali", "du Mali", "au Mali") from the name and the grammar lists. */
function frenchForms(code: string, name: string, grammar: z.infer<typeof countriesSchema>): Pick<CountryForms, 'frThe' | 'frOf' | 'frTo'> {
  const vowel = VOWEL_START.test(name);
  if (grammar.frNoArticle.includes(code)) {
    return { frThe: name, frOf: vowel ? `d'${name}` : `de ${name}`, frTo: vowel ? `en ${name}` : `à ${name}` };
  }
  if (grammar.frPlural.includes(code)) return { frThe: `les ${name}`, frOf: `des ${name}`, frTo: `aux ${name}` };
  if (vowel) return { frThe: `l'${name}`, frOf: `de l'${name}`, frTo: `en ${name}` };
  const feminine = name.split(/[\s-]/u)[0]!.endsWith('e') && !grammar.frMasculineE.includes(code);
  return feminine ? { frThe: `la ${name}`, frOf: `de la ${name}`, frTo: `en ${name}` } : { frThe: `le ${name}`, frOf: `du ${name}`, frTo: `au ${name}` };
}

function loadTemplates(): Templates {
  const names = loadTemplate('names.json', namesSchema);
  const grammar = loadTemplate('countries.json', countriesSchema);
  const offices = loadTemplate('offices.json', officesSchema).offices;
  const countries: CountryForms[] = [];
  // The package's default export is typed as ESM but ships CJS; its JSON file is the data.
  const worldCountries = createRequire(import.meta.url)('world-countries/countries.json') as Country[];
  for (const c of worldCountries) {
    const capital = c.capital[0];
    if (!c.unMember || grammar.exclude.includes(c.cca2) || capital === undefined) continue;
    const override = grammar.nameOverrides[c.cca2] ?? {};
    const en = override.en ?? c.name.common;
    const fr = override.fr ?? c.translations['fra']?.common ?? c.name.common;
    const group = names.countryGroups[c.cca2] ?? names.subregionGroups[c.subregion] ?? Object.keys(names.groups)[0]!;
    if (names.groups[group] === undefined) throw new Error(`names.json: no group "${group}" for ${c.cca2}`);
    const capitalEn = capital.replace(/ D\.C\.$/u, '');
    countries.push({
      code: c.cca2, group, en, capitalEn, capitalFr: grammar.frCapitals[capital] ?? capitalEn,
      demonymEn: c.demonyms['eng']?.m ?? en,
      demonymFr: { male: (c.demonyms['fra']?.m ?? fr).toLowerCase(), female: (c.demonyms['fra']?.f ?? fr).toLowerCase() },
      ...frenchForms(c.cca2, fr, grammar),
    });
  }
  countries.sort((a, b) => (a.code < b.code ? -1 : 1));
  return {
    countries, names, offices, officeWeightTotal: offices.reduce((s, o) => s + o.weight, 0),
    topics: loadTemplate('topics.json', topicsSchema).topics,
    events: { en: loadTemplate('events.en.json', eventsSchema), fr: loadTemplate('events.fr.json', eventsSchema) },
    negatives: loadTemplate('negatives.json', negativesSchema),
    outlets: loadTemplate('outlets.json', outletsSchema),
  };
}

let templatesCache: Templates | undefined;
function templates(): Templates {
  templatesCache ??= loadTemplates();
  return templatesCache;
}

// ---------------------------------------------------------------------------------------
// Seeded randomness: mulberry32 over a 32-bit state; hash32 derives stable sub-seeds.

/** A deterministic pseudo-random source; `next()` is uniform in [0, 1). */
class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

/** FNV-1a over a string, mixed with the seed: stable sub-seeds for persons. */
function hash32(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

// ---------------------------------------------------------------------------------------
// Dates.

const DAY_MS = 86_400_000;
const MONTHS: Record<Lang, readonly string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
};
const WEEKDAYS: Record<Lang, readonly string[]> = {
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  fr: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
};

const isoDate = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const parseIso = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);

/**
 * The date phrase of a lead sentence, lower-case ("on March 12, 2024", "le 12 mars 2024",
 * "mardi"). A weekday alone is used only when the article appears 1–3 days after the
 * meeting, so that it resolves to one date against the publication date.
 */
function datePhrase(rnd: Random, lang: Lang, eventMs: number, publishedMs: number): string {
  const d = new Date(eventMs);
  const day = d.getUTCDate();
  const month = MONTHS[lang][d.getUTCMonth()]!;
  const year = d.getUTCFullYear();
  const lag = Math.round((publishedMs - eventMs) / DAY_MS);
  const roll = rnd.next();
  if (roll < 0.2 && lag >= 1 && lag <= 3) {
    const weekday = WEEKDAYS[lang][d.getUTCDay()]!;
    return lang === 'fr' ? weekday : `on ${weekday}`;
  }
  const withYear = roll < 0.75 || new Date(publishedMs).getUTCFullYear() !== year;
  if (lang === 'fr') return `le ${day === 1 ? '1er' : day} ${month}${withYear ? ` ${year}` : ''}`;
  return withYear ? `on ${month} ${day}, ${year}` : `on ${month} ${day}`;
}

// ---------------------------------------------------------------------------------------
// Persons: one holder per (country, office, term), named from the country's tradition.

interface Person extends SyntheticParticipant {
  readonly gender: Gender;
  readonly given: NameEntry;
  readonly surname: NameEntry;
}

const spell = (entry: NameEntry, lang: Lang): string => (typeof entry === 'string' ? entry : entry[lang]);

function personFor(t: Templates, seed: number, country: CountryForms, officeIndex: number, dateMs: number): Person {
  const office = t.offices[officeIndex]!;
  const term = Math.floor(new Date(dateMs).getUTCFullYear() / office.termYears);
  const personKey = `${country.code}:${office.id}:${term}`;
  const rnd = new Random(hash32(personKey, seed));
  const gender: Gender = rnd.chance(0.3) ? 'female' : 'male';
  const group = t.names.groups[country.group]!;
  const given = rnd.pick(group[gender]);
  const surname = rnd.pick(group.surname);
  return { personKey, name: `${spell(given, 'en')} ${spell(surname, 'en')}`, nameFr: `${spell(given, 'fr')} ${spell(surname, 'fr')}`, countryCode: country.code, officeId: office.id, gender, given, surname };
}

function pickOffice(t: Templates, rnd: Random): number {
  let r = rnd.next() * t.officeWeightTotal;
  for (let i = 0; i < t.offices.length; i++) {
    r -= t.offices[i]!.weight;
    if (r < 0) return i;
  }
  return 0;
}

// ---------------------------------------------------------------------------------------
// Text assembly.

const capitalise = (s: string): string => s.charAt(0).toLocaleUpperCase('fr') + s.slice(1);
const possessive = (name: string): string => (name.endsWith('s') ? `${name}'` : `${name}'s`);
const PLACEHOLDER = /\{(\w+)\}/gu;

// Appositions ("Name, office of Country,") carry their closing comma; it goes away before
// other punctuation and at the end of a sentence.
const DANGLING_COMMA = /,(?=\s*[.,;:!?)]|\s*$)/gu;

/** Fills `{name}` placeholders; a name the template uses but the story lacks is a bug. */
function fill(template: string, vars: Readonly<Record<string, string>>): string {
  return template
    .replace(PLACEHOLDER, (_, key: string) => {
      const value = vars[key];
      if (value === undefined) throw new Error(`template variable {${key}} is not defined: ${template}`);
      return value;
    })
    .replace(DANGLING_COMMA, '')
    .replace(/^./u, (c) => c.toLocaleUpperCase('fr'));
}

function joinList(items: readonly string[], lang: Lang): string {
  if (items.length === 1) return items[0]!;
  return `${items.slice(0, -1).join(', ')} ${lang === 'fr' ? 'et' : 'and'} ${items[items.length - 1]!}`;
}

/** Placeholder values describing one participant under a letter (A, B, C). */
function participantVars(t: Templates, rnd: Random, letter: string, p: Person, country: CountryForms, lang: Lang): Record<string, string> {
  const office = t.offices.find((o) => o.id === p.officeId)!;
  const name = `${spell(p.given, lang)} ${spell(p.surname, lang)}`;
  const surname = spell(p.surname, lang);
  const low = letter.toLowerCase();
  if (lang === 'fr') {
    const title = office.fr[p.gender];
    const first = rnd.chance(0.5) ? `${name}, ${title} ${country.frOf},` : `le ${title} ${country.demonymFr[p.gender]}, ${name},`;
    return {
      [letter]: p.gender === 'female' ? first.replace(/^le /u, 'la ') : first,
      [`${letter}name`]: name, [low]: surname,
      [`${letter}mr`]: `${p.gender === 'female' ? 'Mme' : 'M.'} ${surname}`,
      [`${letter}title`]: `${title} ${country.frOf}`,
      [`${letter}countryThe`]: country.frThe, [`${letter}countryOf`]: country.frOf, [`${letter}countryTo`]: country.frTo,
      [`${letter}countryName`]: country.frThe,
      [`${letter}demonym`]: country.demonymFr[p.gender],
      [`${letter}e`]: p.gender === 'female' ? 'e' : '',
      [`${letter}Pron`]: p.gender === 'female' ? 'Elle' : 'Il', [`${low}pron`]: p.gender === 'female' ? 'elle' : 'il',
    };
  }
  const first = rnd.chance(0.5) ? `${name}, ${office.en.long} of ${country.en},` : `${possessive(country.en)} ${office.en.title} ${name}`;
  return {
    [letter]: first, [`${letter}name`]: name, [low]: surname,
    [`${letter}title`]: `${office.en.title} of ${country.en}`, [`${letter}title0`]: office.en.title,
    [`${letter}countryName`]: country.en, [`${letter}demonym`]: country.demonymEn,
    [`${letter}pron`]: p.gender === 'female' ? 'she' : 'he', [`${letter}poss`]: p.gender === 'female' ? 'her' : 'his',
  };
}

function pickTopics(t: Templates, rnd: Random): string[] {
  const count = rnd.int(2, 4);
  const ids = new Set<number>();
  while (ids.size < count) ids.add(rnd.int(0, t.topics.length - 1));
  return [...ids].sort((a, b) => a - b).map((i) => t.topics[i]!.id);
}

interface Story {
  readonly kind: StoryKind;
  readonly meeting: SyntheticMeeting;
  readonly persons: readonly Person[];
  readonly countries: readonly CountryForms[];
  readonly dateMs: number;
}

function makeStory(t: Templates, rnd: Random, seed: number, meetingId: string, fromMs: number, untilMs: number): Story {
  const roll = rnd.next();
  const kind: StoryKind = roll < 0.38 ? 'meeting' : roll < 0.55 ? 'visit' : roll < 0.72 ? 'phone_call' : roll < 0.84 ? 'agreement' : roll < 0.94 ? 'planned_visit' : 'trilateral';
  const dateMs = fromMs + rnd.int(0, Math.floor((untilMs - fromMs) / DAY_MS)) * DAY_MS;
  const size = kind === 'trilateral' ? 3 : 2;
  const countries: CountryForms[] = [];
  while (countries.length < size) {
    const c = rnd.pick(t.countries);
    if (!countries.includes(c)) countries.push(c);
  }
  // Counterparts usually hold the same office; a visiting minister is sometimes received by a head of state.
  const office = pickOffice(t, rnd);
  const persons = countries.map((c, i) => personFor(t, seed, c, i === 0 && kind === 'visit' && rnd.chance(0.3) ? 1 : office, dateMs));
  const type: SyntheticEventType = kind === 'planned_visit' ? 'visit' : kind === 'trilateral' ? 'meeting' : kind;
  const meeting: SyntheticMeeting = {
    meetingId, type, status: kind === 'planned_visit' ? 'planned' : 'occurred', date: isoDate(dateMs),
    place: kind === 'phone_call' ? null : countries[0]!.capitalEn,
    participants: persons.map(({ personKey, name, nameFr, countryCode, officeId }) => ({ personKey, name, nameFr, countryCode, officeId })),
    topicIds: pickTopics(t, rnd),
  };
  return { kind, meeting, persons, countries, dateMs };
}

/** The paragraph reporting one story in one language: lead, agenda, fillers, closing. */
function storyParagraph(t: Templates, rnd: Random, story: Story, lang: Lang, publishedMs: number, outlet: string, isFirst: boolean): { title: string; text: string } {
  const ev = t.events[lang];
  const planned = story.meeting.status === 'planned';
  const date = planned
    ? (lang === 'fr' ? `le ${new Date(story.dateMs).getUTCDate()} ${MONTHS.fr[new Date(story.dateMs).getUTCMonth()]!}` : `on ${MONTHS.en[new Date(story.dateMs).getUTCMonth()]!} ${new Date(story.dateMs).getUTCDate()}`)
    : datePhrase(rnd, lang, story.dateMs, publishedMs);
  const topicWords = story.meeting.topicIds.map((id) => t.topics.find((x) => x.id === id)![lang]);
  const host = story.countries[0]!;
  let vars: Record<string, string> = {
    date, Date: capitalise(date), place: lang === 'fr' ? host.capitalFr : host.capitalEn,
    topics: joinList(topicWords, lang), topic: topicWords[0]!, outlet,
    year: String(new Date(story.dateMs).getUTCFullYear() - rnd.int(3, 60)),
  };
  story.persons.forEach((p, i) => {
    vars = { ...vars, ...participantVars(t, rnd, 'ABC'[i]!, p, story.countries[i]!, lang) };
  });
  const sentences = [fill(rnd.pick(ev.leads[story.kind]), vars), fill(rnd.pick(planned ? ev.agendaPlanned : ev.agenda), vars)];
  if (story.kind !== 'trilateral' && isFirst) {
    const first = rnd.int(0, ev.fillers.length - 1);
    sentences.push(fill(ev.fillers[first]!, vars));
    if (rnd.chance(0.5)) sentences.push(fill(ev.fillers[(first + 1 + rnd.int(0, ev.fillers.length - 2)) % ev.fillers.length]!, vars));
  }
  sentences.push(fill(rnd.pick(planned ? ev.closingsPlanned : ev.closings), vars));
  return { title: fill(rnd.pick(ev.headlines[story.kind]), vars), text: sentences.join(' ') };
}

function negativeArticle(t: Templates, rnd: Random, lang: Lang, publishedMs: number): { title: string; text: string } {
  const country = rnd.pick(t.countries);
  const themes = t.negatives[lang];
  const n = themes[rnd.pick(Object.keys(themes).sort())]!;
  const decimal = `${rnd.int(1, 9)}${lang === 'fr' ? ',' : '.'}${rnd.int(0, 9)}`;
  // A one-off name: a finance minister must not share a name with a generated diplomat.
  const group = t.names.groups[country.group]!;
  const finance = { given: rnd.pick(group.male), surname: rnd.pick(group.surname) };
  const financeTitle = lang === 'fr' ? `le ministre des Finances ${country.frOf}` : `${possessive(country.en)} Finance Minister`;
  const vars: Record<string, string> = {
    countryName: lang === 'fr' ? country.frThe : country.en,
    countryThe: country.frThe, countryOf: country.frOf, countryTo: country.frTo,
    place: lang === 'fr' ? country.capitalFr : country.capitalEn,
    person: lang === 'fr' ? `${financeTitle}, ${spell(finance.given, 'fr')} ${spell(finance.surname, 'fr')},` : `${financeTitle} ${spell(finance.given, 'en')} ${spell(finance.surname, 'en')}`,
    year: String(new Date(publishedMs).getUTCFullYear() - 1), percent: String(rnd.int(1, 6)), percent2: decimal, number: String(rnd.int(12, 480)),
  };
  const sentences = [n.sentences[0]!, ...n.sentences.slice(1).filter(() => rnd.chance(0.6))];
  return { title: fill(rnd.pick(n.titles), vars), text: sentences.map((s) => fill(s, vars)).join(' ') };
}

/**
 * Yields exactly `articles` articles with the meetings each reports (ground truth). A story
 * of `meetingsPerArticle` meetings is reported by 1..`reportsPerMeeting` articles in French
 * or English, published on the meeting's day or up to two days later (announced visits a few
 * days before), so ingest sees the same meeting in several articles and languages.
 */
export function* generateCorpusWithTruth(options: GenerateCorpusOptions): Generator<GeneratedArticle> {
  const t = templates();
  const seed = options.seed | 0;
  const rnd = new Random(hash32('corpus', seed));
  const meetingsPerArticle = Math.max(1, options.meetingsPerArticle ?? 1);
  const reportsMax = Math.max(1, options.reportsPerMeeting ?? 3);
  const negativeShare = options.negativeShare ?? 0.1;
  const fromMs = parseIso(options.from ?? '2015-01-01');
  const untilMs = parseIso(options.until ?? '2025-12-31');
  let produced = 0;
  let negatives = 0;
  let storyIndex = 0;
  const emit = (lang: Lang, publishedMs: number, title: string, text: string, meetings: readonly SyntheticMeeting[]): GeneratedArticle => {
    const outlet = rnd.pick(t.outlets[lang]);
    const published = isoDate(publishedMs);
    const id = `syn-${seed}-${produced}`;
    produced++;
    return { article: { id, url: `https://${outlet.host}/${published.slice(0, 4)}/${published.slice(5, 7)}/${id}`, title, published, language: lang, text }, meetings };
  };
  while (produced < options.articles) {
    const lang: Lang = rnd.chance(0.5) ? 'fr' : 'en';
    // Negatives are interleaved on a budget so that their share of articles is exact.
    if (negatives < Math.floor((produced + 1) * negativeShare)) {
      negatives++;
      const publishedMs = fromMs + rnd.int(0, Math.floor((untilMs - fromMs) / DAY_MS)) * DAY_MS;
      const { title, text } = negativeArticle(t, rnd, lang, publishedMs);
      yield emit(lang, publishedMs, title, text, []);
      continue;
    }
    const stories: Story[] = [];
    for (let m = 0; m < meetingsPerArticle; m++) stories.push(makeStory(t, rnd, seed, `m-${seed}-${storyIndex}-${m}`, fromMs, untilMs));
    storyIndex++;
    const reports = Math.min(rnd.int(1, reportsMax), options.articles - produced);
    for (let r = 0; r < reports && produced < options.articles; r++) {
      const reportLang: Lang = r === 0 ? lang : rnd.chance(0.5) ? 'fr' : 'en';
      const first = stories[0]!;
      const publishedMs = first.meeting.status === 'planned' ? first.dateMs - rnd.int(2, 10) * DAY_MS : first.dateMs + rnd.int(0, 2) * DAY_MS;
      const outletName = rnd.pick(t.outlets[reportLang]).name;
      const parts = stories.map((s, i) => storyParagraph(t, rnd, s, reportLang, Math.max(publishedMs, s.dateMs), outletName, i === 0));
      yield emit(reportLang, publishedMs, parts[0]!.title, parts.map((p) => p.text).join('\n\n'), stories.map((s) => s.meeting));
    }
  }
}

/** Yields exactly `articles` synthetic articles (see generateCorpusWithTruth), lazily. */
export function* generateCorpus(options: GenerateCorpusOptions): Generator<RawJsonArticle> {
  for (const generated of generateCorpusWithTruth(options)) yield generated.article;
}

// ---------------------------------------------------------------------------------------
// CLI: npx tsx bench/generateCorpus.ts --articles 20000 --seed 42 > corpus.jsonl

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '42' },
      'meetings-per-article': { type: 'string', default: '1' },
      'reports-per-meeting': { type: 'string', default: '3' },
      'negative-share': { type: 'string', default: '0.1' },
      truth: { type: 'boolean', default: false },
    },
  });
  const int = (name: string, raw: string): number => {
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a non-negative integer, got "${raw}"`);
    return n;
  };
  const options: GenerateCorpusOptions = {
    articles: int('articles', values.articles), seed: int('seed', values.seed),
    meetingsPerArticle: int('meetings-per-article', values['meetings-per-article']),
    reportsPerMeeting: int('reports-per-meeting', values['reports-per-meeting']),
    negativeShare: Number(values['negative-share']),
  };
  // Lines are buffered into ~1 MB chunks and written with backpressure, so output to a slow
  // pipe never accumulates in memory.
  let buffer = '';
  const flush = async (): Promise<void> => {
    if (buffer === '') return;
    const chunk = buffer;
    buffer = '';
    if (!process.stdout.write(chunk)) await new Promise<void>((resolve) => process.stdout.once('drain', resolve));
  };
  for (const g of generateCorpusWithTruth(options)) {
    buffer += `${JSON.stringify(values.truth ? { ...g.article, truth: g.meetings } : g.article)}\n`;
    if (buffer.length > 1_000_000) await flush();
  }
  await flush();
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    process.stderr.write(`generateCorpus: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
