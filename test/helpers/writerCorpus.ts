import type { ExtractedEvent, ExtractedPerson, EventType } from '../../src/domain/extraction.js';
import type { ExtractedArticle } from '../../ingest/writer/planBatch.js';
import { article, encounter, person } from './extractionFixtures.js';

// A fixed, seeded set of extractions that exercises every decision the writer makes from what
// the graph holds: reports of one encounter in different batches and languages, dates of every
// precision (day, month-day, month, year, none) a day apart or not, reports naming only some
// participants or none, transliterated names, offices seen again and again, a visit with the
// talks held during it. The writer's result on it is pinned by test/integration/ingest/
// writerGolden.test.ts, so that a faster writer is shown to write the same graph.

const PEOPLE: readonly ExtractedPerson[] = [
  person('Sergey Lavrov', 'RU', 'Minister of Foreign Affairs', ['Sergueï Lavrov']),
  person('Abdoulaye Diop', 'ML', 'Minister of Foreign Affairs and International Cooperation'),
  person('Hakan Fidan', 'TR', 'Minister of Foreign Affairs'),
  person('Yassine Fall', 'SN', 'Minister of Foreign Affairs'),
  person('Assimi Goïta', 'ML', 'President of the Transition'),
  person('Vladimir Putin', 'RU', 'President'),
  person('Antonio Guterres', null, 'Secretary-General'),
];
const TYPES: readonly EventType[] = ['meeting', 'visit', 'phone_call', 'agreement'];

/** A small seeded PRNG (mulberry32): the same seed gives the same corpus on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const day = (n: number) => new Date(Date.UTC(2023, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

/** The date a report gives of an encounter on day n: mostly the day, sometimes less. */
function reportedDate(n: number, r: number): string | null {
  const full = day(n);
  if (r < 0.6) return full;
  if (r < 0.7) return day(n + 1);
  if (r < 0.8) return `--${full.slice(5)}`;
  if (r < 0.88) return full.slice(0, 7);
  if (r < 0.94) return full.slice(0, 4);
  return null;
}

function precision(date: string | null): ExtractedEvent['datePrecision'] {
  if (date === null) return null;
  if (date.startsWith('--')) return 'month-day';
  return date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year';
}

/** `count` extracted articles, each reporting one or two of a pool of recurring encounters. */
export function writerCorpus(count: number, seed = 14): ExtractedArticle[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const encounters = Array.from({ length: Math.ceil(count / 3) }, () => {
    const a = pick(PEOPLE);
    const b = pick(PEOPLE.filter((p) => p !== a));
    return { type: pick(TYPES), day: Math.floor(next() * 400), people: [a, b] };
  });
  return Array.from({ length: count }, (_, i) => {
    const french = next() < 0.4;
    const reports = next() < 0.25 ? 2 : 1;
    const events: ExtractedEvent[] = [];
    for (let k = 0; k < reports; k++) {
      const enc = pick(encounters);
      const named = next();
      // Some reports name one participant, some none (then only the countries are known).
      const people = named < 0.7 ? enc.people : named < 0.9 ? enc.people.slice(0, 1) : [];
      const countries = enc.people.map((p) => p.country).filter((c): c is string => c !== null);
      const date = reportedDate(enc.day, next());
      const e = encounter(enc.type, date, people, countries);
      events.push({ ...e, datePrecision: precision(date), status: next() < 0.1 ? 'planned' : 'occurred' });
    }
    // A visit and the talks held during it, reported by one article.
    if (next() < 0.1 && events[0]) {
      const visit = { ...events[0], type: 'visit' as const };
      events.splice(0, 1, visit, { ...events[0], type: 'meeting', during: 0 });
    }
    const persons = [...new Set(events.flatMap((e) => e.participants.map((p) => PEOPLE.find((q) => q.id === p.personId) as ExtractedPerson)))].map((p) =>
      french && p.aliases.length > 0 ? { ...p, name: p.aliases[0] as string, aliases: [p.name] } : p,
    );
    const published = day(Math.floor(next() * 420));
    return article(`w${i}`, { persons, events, published: next() < 0.9 ? published : null, language: french ? 'fr' : 'en' });
  });
}
