import { z } from 'zod';

// The record of `export --format jsonl`: one event per line, with PLOVER's JSON field names
// (PLOVER manual, "JSON Data Fields": id, date, source, recipient, event, mode, context,
// event_loc, event_text, quad_code, cite_info, coder), and our own ids and the facts PLOVER has
// no field for under `diplograph`, as the manual invites providers to add named fields.

/** A PLOVER actor object: a person (or a country no named person speaks for) in the event. */
export const PloverActorSchema = z.object({
  /** ISO 3166-1 alpha-3 code of the actor's country (PLOVER's 3-char top-level code); null when unknown. */
  code: z.string().length(3).nullable(),
  /** "GOV" for a state official; null for a country without a named person. */
  sector: z.literal('GOV').nullable(),
  /** The name as reported (the person's canonical name, or the country's name). */
  actor_text: z.string(),
  /** Our person id (null for a country-level actor). */
  identifier_id: z.string().nullable(),
  identifier_text: z.string().nullable(),
  /** The office the person held, as the source states it. */
  office: z.string().nullable(),
  /** ISO 3166-1 alpha-2 code of the actor's country (PLOVER's "country code" spelling of the location object). */
  country: z.string().length(2).nullable(),
});

/** PLOVER's location object, with the geonames field names it adopts. */
export const PloverLocationSchema = z.object({
  name: z.string(),
  'country code': z.string().length(2).nullable(),
  cc3: z.string().length(3).nullable(),
});

/** PLOVER's citation object, one per source article. */
export const PloverCitationSchema = z.object({
  /** Our article id. */
  citation: z.string(),
  url: z.string().nullable(),
  title: z.string().nullable(),
  language: z.string().nullable(),
  publication: z.string().nullable(),
  /** Publication date, YYYY-MM-DD when known. */
  published: z.string().nullable(),
});

/** One exported event in PLOVER shape; the schema is the contract tests validate against. */
export const PloverRecordSchema = z.object({
  /** Our event id: stable across articles, languages and exports. */
  id: z.string().min(1),
  /** YYYY-MM-DD when the day is known; else null, and `diplograph.date` says what is known. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  /** Guests (or every party when nobody hosts), as PLOVER codes CONSULT. */
  source: z.array(PloverActorSchema),
  /** Hosts; empty when nobody hosts. */
  recipient: z.array(PloverActorSchema),
  event: z.array(z.string()),
  mode: z.array(z.string()),
  /** PLOVER contexts of the topics discussed. */
  context: z.array(z.string()),
  event_loc: PloverLocationSchema.nullable(),
  /** The quotes that report the event, one per source. */
  event_text: z.array(z.string()),
  /** 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict; null when unknown. */
  quad_code: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).nullable(),
  cite_info: z.array(PloverCitationSchema),
  coder: z.literal('diplograph'),
  diplograph: z.object({
    event_id: z.string(),
    type: z.enum(['meeting', 'visit', 'phone_call', 'agreement', 'summit', 'other']),
    status: z.enum(['occurred', 'planned']),
    /** The date as precisely as known: 2024-02-28, --02-28, 2024-02 or 2024. */
    date: z.string().nullable(),
    date_precision: z.enum(['day', 'month-day', 'month', 'year']).nullable(),
    title: z.string().nullable(),
    setting: z.string().nullable(),
    cameo: z.string().nullable(),
    confidence: z.number(),
    countries: z.array(z.object({ code: z.string().length(2), side: z.enum(['host', 'guest', 'party']).nullable() })),
    topic_ids: z.array(z.string()),
    person_ids: z.array(z.string()),
    place_id: z.string().nullable(),
    article_ids: z.array(z.string()),
  }),
});

export type PloverActor = z.infer<typeof PloverActorSchema>;
export type PloverRecord = z.infer<typeof PloverRecordSchema>;
