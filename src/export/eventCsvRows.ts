import type { ExportedEvent } from '../graph/streamEvents.js';

/** Separator of the values of a multi-valued CSV cell (countries, participants, topics). */
export const CSV_LIST_SEPARATOR = '|';

/** Columns of `export --format csv`, one row per event, in order. */
export const EVENT_CSV_COLUMNS = [
  'event_id', 'type', 'status', 'date', 'date_precision', 'sort_date', 'title', 'setting', 'place', 'place_country',
  'countries', 'country_sides', 'participants', 'participant_ids', 'topics', 'plover_event', 'plover_mode', 'cameo',
  'confidence', 'source_count', 'first_source_url',
] as const;

/** Columns of `export --format csv --what participants`, one row per participation, in order. */
export const PARTICIPANT_CSV_COLUMNS = [
  'event_id', 'event_type', 'event_status', 'event_date', 'sort_date', 'person_id', 'person_name', 'office', 'side',
  'country', 'event_countries', 'plover_event', 'plover_mode', 'cameo',
] as const;

type CsvRow<C extends readonly string[]> = Record<C[number], string | number | null>;

const joined = (values: readonly (string | null | undefined)[]) => values.filter((v): v is string => !!v).join(CSV_LIST_SEPARATOR);

/**
 * One event as a CSV row. Multi-valued cells join their values with `|`; a participant reads
 * "Name (office, CC, side)" with the parts that are known; the first source is the earliest
 * published one.
 */
export function toEventCsvRow(e: ExportedEvent): CsvRow<typeof EVENT_CSV_COLUMNS> {
  const d = e.details;
  const sources = [...d.sources].sort((x, y) => (x.article.published ?? '9999').localeCompare(y.article.published ?? '9999'));
  return {
    event_id: e.id,
    type: e.type,
    status: e.status,
    date: e.date,
    date_precision: e.datePrecision,
    sort_date: e.sortDate,
    title: e.title,
    setting: e.setting,
    place: d.place?.name ?? null,
    place_country: d.place?.countryCode ?? null,
    countries: joined(d.countries.map((c) => c.country.code)),
    country_sides: joined(d.countries.map((c) => (c.side ? `${c.country.code}:${c.side}` : c.country.code))),
    participants: joined(
      d.participants.map((p) => {
        const about = [p.role, p.country?.code, p.side].filter(Boolean).join(', ');
        return about ? `${p.person.name} (${about})` : p.person.name;
      }),
    ),
    participant_ids: joined(d.participants.map((p) => p.person.id)),
    topics: joined(d.topics.map((t) => t.id)),
    plover_event: e.plover,
    plover_mode: e.ploverMode,
    cameo: e.cameo,
    confidence: e.confidence,
    source_count: d.sources.length,
    first_source_url: sources.find((s) => s.article.url)?.article.url ?? null,
  };
}

/** The rows of one event in the participants CSV: one per participant (none for an event without named persons). */
export function toParticipantCsvRows(e: ExportedEvent): CsvRow<typeof PARTICIPANT_CSV_COLUMNS>[] {
  const countries = joined(e.details.countries.map((c) => c.country.code));
  return e.details.participants.map((p) => ({
    event_id: e.id,
    event_type: e.type,
    event_status: e.status,
    event_date: e.date,
    sort_date: e.sortDate,
    person_id: p.person.id,
    person_name: p.person.name,
    office: p.role,
    side: p.side,
    country: p.country?.code ?? null,
    event_countries: countries,
    plover_event: e.plover,
    plover_mode: e.ploverMode,
    cameo: e.cameo,
  }));
}
