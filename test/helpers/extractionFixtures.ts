import type { CountryCode } from '../../src/domain/article.js';
import type { ExtractedEvent, ExtractedPerson, Extraction, EventType } from '../../src/domain/extraction.js';
import { sha256, slugify } from '../../src/domain/ids.js';
import type { ExtractedArticle } from '../../ingest/writer/planBatch.js';

/** A person as an extraction would list it. */
export function person(name: string, country: CountryCode | null, role: string | null = 'Minister of Foreign Affairs', aliases: string[] = []): ExtractedPerson {
  return {
    id: slugify(name),
    name,
    aliases,
    role,
    roleOriginal: role,
    country,
    organization: null,
    mentions: 2,
    evidence: [],
  };
}

/** A meeting-like event between the given persons (and their countries). */
export function encounter(type: EventType, date: string | null, persons: readonly ExtractedPerson[], extraCountries: CountryCode[] = []): ExtractedEvent {
  const countries = [...new Set([...persons.map((p) => p.country).filter((c): c is string => c !== null), ...extraCountries])].sort();
  return {
    type,
    status: 'occurred',
    date,
    datePrecision: date === null ? null : date.startsWith('--') ? 'month-day' : 'day',
    location: { placeId: 'ru-moscow', name: 'Moscow', country: 'RU' },
    setting: null,
    participants: persons.map((p, i) => ({ personId: p.id, name: p.name, role: p.role, country: p.country, organization: null, side: i === 0 ? 'host' : 'guest' })),
    countries,
    countrySides: Object.fromEntries(countries.map((c) => [c, 'party' as const])),
    topics: [{ id: 'energy', label: 'energy' }],
    plover: 'CONSULT',
    ploverMode: type === 'phone_call' ? 'phone' : 'visit',
    cameo: type === 'phone_call' ? '041' : '042',
    confidence: 0.9,
    evidence: [{ start: 0, end: 20, quote: 'They met in Moscow.' }],
    rule: 'test.meeting',
    during: null,
  };
}

/** An extracted article holding the given persons and events. */
export function article(
  id: string,
  parts: { persons?: ExtractedPerson[]; events?: ExtractedEvent[]; published?: string | null; language?: string; version?: string; text?: string },
): ExtractedArticle {
  const text = parts.text ?? `Article ${id}: They met in Moscow.`;
  const persons = parts.persons ?? [];
  const events = parts.events ?? [];
  const countries = [...new Set(events.flatMap((e) => e.countries))];
  const extraction: Extraction = {
    id,
    url: null,
    title: `Title of ${id}`,
    source: `test:${id}`,
    author: null,
    published: parts.published ?? null,
    language: parts.language ?? 'en',
    extractorVersion: parts.version ?? 'test-1',
    contentHash: sha256(text),
    persons,
    countries: countries.map((code) => ({ code, name: code, mentions: 1 })),
    organizations: [{ id: 'un', name: 'United Nations', acronym: 'UN', wikidata: 'Q1065', kind: 'igo', country: null, mentions: 1 }],
    places: [{ id: 'ru-moscow', name: 'Moscow', country: 'RU', mentions: 1 }],
    topics: [{ id: 'energy', label: 'energy', mentions: 1 }],
    events,
    warnings: [],
  };
  return { extraction, text };
}
