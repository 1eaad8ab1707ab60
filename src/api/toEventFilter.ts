import { EMPTY_EVENT_FILTER, type EventFilter, type EventOrder } from '../domain/eventFilter.js';
import { InvalidInputError } from '../domain/errors.js';
import type { EventStatus, EventType } from '../domain/extraction.js';
import { relationId } from '../domain/ids.js';
import type { EventFilter as EventFilterInput, EventOrder as EventOrderInput } from './generated/resolvers.js';

/** A Date scalar value (graphql-scalars parses it to a JS Date at UTC midnight) as "YYYY-MM-DD". */
export function toIsoDate(date: Date | null | undefined): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}

/** An ISO country code as stored in the graph (upper case). */
export function toCountryCode(code: string): string {
  return code.trim().toUpperCase();
}

/** The relation id of a country pair; a country paired with itself is a user error. */
export function toRelationId(a: string, b: string): string {
  const [x, y] = [toCountryCode(a), toCountryCode(b)];
  if (x === y) throw new InvalidInputError(`A bilateral relation needs two different countries, got ${x} twice`);
  return relationId(x, y);
}

/** The GraphQL EventFilter input as a domain filter (enums lower-cased, dates checked). */
export function toEventFilter(input: EventFilterInput | null | undefined): EventFilter {
  if (!input) return EMPTY_EVENT_FILTER;
  const from = toIsoDate(input.from);
  const to = toIsoDate(input.to);
  if (from && to && from > to) throw new InvalidInputError(`filter.from (${from}) is after filter.to (${to})`);
  const text = input.text?.trim() || null;
  return {
    countries: [...new Set((input.countries ?? []).map(toCountryCode))],
    relation: input.pair ? toRelationId(input.pair.a, input.pair.b) : null,
    person: input.person ?? null,
    organization: input.organization ?? null,
    topic: input.topic ?? null,
    types: (input.types ?? []).map((t) => t.toLowerCase() as EventType),
    status: input.status ? (input.status.toLowerCase() as EventStatus) : null,
    from,
    to,
    text,
  };
}

/** The GraphQL order as the domain's. */
export function toEventOrder(order: EventOrderInput | null | undefined): EventOrder {
  return order ?? 'DATE_DESC';
}
