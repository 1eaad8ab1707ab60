import type { PartialDate } from './formatDate.js';

/** What event lists show of each event (selected by EVENT_SUMMARY_FIELDS). */
export interface EventSummary {
  readonly id: string;
  readonly type: string;
  readonly status: 'OCCURRED' | 'PLANNED';
  readonly title: string | null;
  readonly date: PartialDate | null;
  readonly articleCount: number;
  readonly countries: readonly { country: { code: string; name: string }; side: string | null }[];
  readonly participants: readonly { person: { id: string; name: string }; role: string | null; side: string | null }[];
  readonly place: { name: string } | null;
  readonly sources?: readonly { quote: string; article: { id: string; title: string | null; url: string | null } }[];
}

/** The GraphQL selection of an EventSummary, without sources. */
export const EVENT_SUMMARY_FIELDS = `id type status title articleCount
  date { value precision year month day }
  countries { country { code name } side }
  participants { person { id name } role side }
  place { name }`;

/** The GraphQL selection of an EventSummary with its quotes. */
export const EVENT_SUMMARY_WITH_QUOTES = `${EVENT_SUMMARY_FIELDS}
  sources { quote article { id title url } }`;
