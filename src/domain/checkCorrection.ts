import { EVENT_STATUSES, EVENT_TYPES, SIDES, type CorrectionAuthorship, type CorrectionRequest } from './correction.js';
import { InvalidInputError, UnreachableCaseError } from './errors.js';

/** Limits of correction inputs: a reason is a sentence or a paragraph, a name a line. */
export const CORRECTION_LIMITS = Object.freeze({ reason: 2000, name: 200, title: 200, role: 200, id: 200, author: 100, articles: 100 });

/** A date as precisely as the analyst knows it, with the date it sorts by (null without a year). */
export interface CorrectedDate {
  readonly date: string;
  readonly datePrecision: 'day' | 'month-day' | 'month' | 'year';
  readonly sortDate: string | null;
}

const validDay = (iso: string) => !Number.isNaN(Date.parse(`${iso}T00:00:00Z`)) && new Date(`${iso}T00:00:00Z`).toISOString().startsWith(iso);

/**
 * Reads "2024-02-28", "--02-28" (year unknown), "2024-02" or "2024" as the graph stores event
 * dates; anything else is refused, naming `input`.
 */
export function parseCorrectedDate(value: string, input: string): CorrectedDate {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value) && validDay(value)) return { date: value, datePrecision: 'day', sortDate: value };
  if (/^--\d{2}-\d{2}$/.test(value) && validDay(`2000${value.slice(1)}`)) return { date: value, datePrecision: 'month-day', sortDate: null };
  if (/^\d{4}-\d{2}$/.test(value) && validDay(`${value}-01`)) return { date: value, datePrecision: 'month', sortDate: `${value}-01` };
  if (/^\d{4}$/.test(value)) return { date: value, datePrecision: 'year', sortDate: `${value}-01-01` };
  throw new InvalidInputError(`${input} must be YYYY-MM-DD, --MM-DD, YYYY-MM or YYYY, got "${value.slice(0, 40)}"`);
}

/** A full date (YYYY-MM-DD), or an error naming `input`. */
export function checkDay(value: string, input: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value) && validDay(value)) return value;
  throw new InvalidInputError(`${input} must be a date YYYY-MM-DD, got "${value.slice(0, 40)}"`);
}

/** A required line of text, trimmed, 1 to `max` characters, or an error naming `input`. */
export function checkText(value: string, input: string, max: number): string {
  const text = value.trim();
  if (text === '') throw new InvalidInputError(`${input} is required and must not be empty`);
  if (text.length > max) throw new InvalidInputError(`${input} is ${text.length} characters long; at most ${max}`);
  return text;
}

function checkCountry(value: string, input: string): string {
  const code = value.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(code)) throw new InvalidInputError(`${input} must be an ISO 3166-1 alpha-2 code, got "${value.slice(0, 20)}"`);
  return code;
}

function checkOneOf<T extends string>(value: string, input: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) throw new InvalidInputError(`${input} must be one of ${allowed.join(', ')}, got "${value.slice(0, 40)}"`);
  return value as T;
}

/**
 * The request and authorship with every field checked and normalised (trimmed text, upper-case
 * country codes, valid dates and enums): a correction that fails here changes nothing.
 */
export function checkCorrection(request: CorrectionRequest, who: CorrectionAuthorship): { request: CorrectionRequest; who: CorrectionAuthorship } {
  const id = (value: string, input: string) => checkText(value, input, CORRECTION_LIMITS.id);
  const checked = { reason: checkText(who.reason ?? '', 'reason', CORRECTION_LIMITS.reason), author: checkText(who.author, 'author', CORRECTION_LIMITS.author) };
  const r = request;
  switch (r.kind) {
    case 'rename_person':
      return { who: checked, request: { ...r, personId: id(r.personId, 'person'), name: checkText(r.name, 'name', CORRECTION_LIMITS.name) } };
    case 'set_person_country':
      return { who: checked, request: { ...r, personId: id(r.personId, 'person'), country: r.country === null ? null : checkCountry(r.country, 'country') } };
    case 'add_office': {
      const from = checkDay(r.from, 'from');
      const until = r.until === null ? null : checkDay(r.until, 'until');
      if (until !== null && until < from) throw new InvalidInputError(`until (${until}) is before from (${from})`);
      return {
        who: checked,
        request: { ...r, personId: id(r.personId, 'person'), country: checkCountry(r.country, 'country'), title: checkText(r.title, 'title', CORRECTION_LIMITS.title), from, until },
      };
    }
    case 'end_office':
      return {
        who: checked,
        request: { ...r, personId: id(r.personId, 'person'), country: checkCountry(r.country, 'country'), title: checkText(r.title, 'title', CORRECTION_LIMITS.title), on: checkDay(r.on, 'on') },
      };
    case 'merge_persons': {
      const keepId = id(r.keepId, 'keep');
      const mergeId = id(r.mergeId, 'merge');
      if (keepId === mergeId) throw new InvalidInputError(`keep and merge are the same person (${keepId})`);
      return { who: checked, request: { ...r, keepId, mergeId } };
    }
    case 'retype_event':
      return { who: checked, request: { ...r, eventId: id(r.eventId, 'event'), type: checkOneOf(r.type, 'type', EVENT_TYPES) } };
    case 'set_event_date':
      return { who: checked, request: { ...r, eventId: id(r.eventId, 'event'), date: parseCorrectedDate(r.date.trim(), 'date').date } };
    case 'set_event_place':
      return { who: checked, request: { ...r, eventId: id(r.eventId, 'event'), placeId: r.placeId === null ? null : id(r.placeId, 'place') } };
    case 'set_event_status':
      return { who: checked, request: { ...r, eventId: id(r.eventId, 'event'), status: checkOneOf(r.status, 'status', EVENT_STATUSES) } };
    case 'add_participant':
      return {
        who: checked,
        request: {
          ...r,
          eventId: id(r.eventId, 'event'),
          personId: id(r.personId, 'person'),
          side: checkOneOf(r.side, 'side', SIDES),
          role: r.role === null ? null : checkText(r.role, 'role', CORRECTION_LIMITS.role),
          country: r.country === null ? null : checkCountry(r.country, 'country'),
        },
      };
    case 'remove_participant':
      return { who: checked, request: { ...r, eventId: id(r.eventId, 'event'), personId: id(r.personId, 'person') } };
    case 'reject_event':
      return { who: checked, request: { ...r, eventId: id(r.eventId, 'event') } };
    case 'merge_events': {
      const keepId = id(r.keepId, 'keep');
      const mergeId = id(r.mergeId, 'merge');
      if (keepId === mergeId) throw new InvalidInputError(`keep and merge are the same event (${keepId})`);
      return { who: checked, request: { ...r, keepId, mergeId } };
    }
    case 'split_event': {
      const articleIds = [...new Set(r.articleIds.map((a, i) => id(a, `articles[${i}]`)))];
      if (articleIds.length === 0 || articleIds.length > CORRECTION_LIMITS.articles) {
        throw new InvalidInputError(`articles must name 1 to ${CORRECTION_LIMITS.articles} articles, got ${articleIds.length}`);
      }
      return { who: checked, request: { ...r, eventId: id(r.eventId, 'event'), articleIds } };
    }
    case 'mark_article_irrelevant':
      return { who: checked, request: { ...r, articleId: id(r.articleId, 'article') } };
    default:
      throw new UnreachableCaseError(r);
  }
}
