import { z } from 'zod';
import { InvalidInputError } from '../domain/errors.js';
import type { EventFilter } from '../domain/eventFilter.js';
import { EVENT_TYPES, type EventStatus, type EventType } from '../domain/extraction.js';
import { relationId } from '../domain/ids.js';

/** The formats an export is written in. */
export const EXPORT_FORMATS = ['csv', 'jsonl', 'graphml'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What one export writes: the format, its variant, and the events it covers. */
export type ExportRequest =
  | { readonly format: 'csv'; readonly what: 'events' | 'participants'; readonly filter: EventFilter }
  | { readonly format: 'jsonl'; readonly filter: EventFilter }
  | { readonly format: 'graphml'; readonly network: 'countries' | 'persons'; readonly filter: EventFilter };

const list = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : (Array.isArray(v) ? v : [v]).flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean)));
const one = z.string().trim().min(1).optional();
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(s)) && new Date(s).toISOString().startsWith(s), 'a real calendar date')
  .optional();
const countryCode = z.string().regex(/^[A-Za-z]{2}$/, 'an ISO 3166-1 alpha-2 code').transform((s) => s.toUpperCase());

/**
 * The options of an export as `diplograph export` and GET /export take them, all strings (a
 * list as repeated values or comma-separated): the `meetings` query's filters (countries, pair,
 * person, organization, topic, types, status, from, to, text) plus format, what and persons.
 */
const ExportOptionsSchema = z.object({
  format: z.enum(EXPORT_FORMATS).default('csv'),
  what: z.enum(['events', 'participants']).optional(),
  persons: z.union([z.boolean(), z.enum(['true', 'false', '1', '0'])]).optional().transform((v) => v === true || v === 'true' || v === '1'),
  countries: list.pipe(z.array(countryCode)),
  pair: list.pipe(z.array(countryCode).refine((p) => p.length === 0 || (p.length === 2 && p[0] !== p[1]), 'two different countries, as A,B')),
  person: one,
  organization: one,
  topic: one,
  types: list.pipe(z.array(z.enum(EVENT_TYPES))),
  status: z.enum(['occurred', 'planned']).optional(),
  from: isoDate,
  to: isoDate,
  text: one,
});

/** The raw options, as parsed from a command line or a query string. */
export type ExportOptions = z.input<typeof ExportOptionsSchema>;

/**
 * Checks and normalises export options (codes upper-cased, types lower-cased); a bad value or
 * a meaningless combination (--what with a format other than csv, --persons without graphml)
 * is an InvalidInputError naming the option.
 */
export function parseExportRequest(options: ExportOptions): ExportRequest {
  const lowered = { ...options, types: lowerList(options.types), status: options.status?.toString().toLowerCase() };
  const parsed = ExportOptionsSchema.safeParse(lowered);
  if (!parsed.success) {
    throw new InvalidInputError(`Invalid export options: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'options'}: ${i.message}`).join('; ')}`);
  }
  const o = parsed.data;
  if (o.from && o.to && o.from > o.to) throw new InvalidInputError(`from (${o.from}) is after to (${o.to})`);
  if (o.what && o.format !== 'csv') throw new InvalidInputError(`what=${o.what} applies to the csv format only`);
  if (o.persons && o.format !== 'graphml') throw new InvalidInputError('persons applies to the graphml format only');
  const [a, b] = o.pair;
  const filter: EventFilter = {
    countries: [...new Set(o.countries)],
    relation: a && b ? relationId(a, b) : null,
    person: o.person ?? null,
    organization: o.organization ?? null,
    topic: o.topic ?? null,
    types: [...new Set(o.types)] as EventType[],
    status: (o.status ?? null) as EventStatus | null,
    from: o.from ?? null,
    to: o.to ?? null,
    text: o.text ?? null,
  };
  switch (o.format) {
    case 'csv':
      return { format: 'csv', what: o.what ?? 'events', filter };
    case 'jsonl':
      return { format: 'jsonl', filter };
    case 'graphml':
      return { format: 'graphml', network: o.persons ? 'persons' : 'countries', filter };
  }
}

function lowerList(v: string | string[] | undefined): string | string[] | undefined {
  if (v === undefined) return v;
  return Array.isArray(v) ? v.map((s) => s.toLowerCase()) : v.toLowerCase();
}

/** The file name extension and media type of a request's output. */
export function exportMediaType(request: ExportRequest): { extension: string; contentType: string } {
  switch (request.format) {
    case 'csv':
      return { extension: 'csv', contentType: 'text/csv; charset=utf-8' };
    case 'jsonl':
      return { extension: 'jsonl', contentType: 'application/x-ndjson; charset=utf-8' };
    case 'graphml':
      return { extension: 'graphml', contentType: 'application/graphml+xml; charset=utf-8' };
  }
}
