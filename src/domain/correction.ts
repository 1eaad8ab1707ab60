/**
 * Corrections an analyst makes to the graph (issue 12). Each is recorded with its reason, its
 * author and the state before and after, stays in force through re-ingest and re-derivation,
 * and can be reverted (which is itself recorded).
 */

/** Event types and statuses as the graph stores them. */
export const EVENT_TYPES = ['meeting', 'visit', 'phone_call', 'agreement', 'summit', 'other'] as const;
export type EventTypeValue = (typeof EVENT_TYPES)[number];
export const EVENT_STATUSES = ['occurred', 'planned'] as const;
export type EventStatusValue = (typeof EVENT_STATUSES)[number];
export const SIDES = ['host', 'guest', 'party'] as const;
export type SideValue = (typeof SIDES)[number];

/** One correction as asked for, before it is checked against the graph. */
export type CorrectionRequest =
  | { readonly kind: 'rename_person'; readonly personId: string; readonly name: string }
  | { readonly kind: 'set_person_country'; readonly personId: string; readonly country: string | null }
  | { readonly kind: 'add_office'; readonly personId: string; readonly country: string; readonly title: string; readonly from: string; readonly until: string | null }
  | { readonly kind: 'end_office'; readonly personId: string; readonly country: string; readonly title: string; readonly on: string }
  | { readonly kind: 'merge_persons'; readonly keepId: string; readonly mergeId: string }
  | { readonly kind: 'retype_event'; readonly eventId: string; readonly type: EventTypeValue }
  | { readonly kind: 'set_event_date'; readonly eventId: string; readonly date: string }
  | { readonly kind: 'set_event_place'; readonly eventId: string; readonly placeId: string | null }
  | { readonly kind: 'set_event_status'; readonly eventId: string; readonly status: EventStatusValue }
  | {
      readonly kind: 'add_participant';
      readonly eventId: string;
      readonly personId: string;
      readonly side: SideValue;
      readonly role: string | null;
      readonly country: string | null;
    }
  | { readonly kind: 'remove_participant'; readonly eventId: string; readonly personId: string }
  | { readonly kind: 'reject_event'; readonly eventId: string }
  | { readonly kind: 'merge_events'; readonly keepId: string; readonly mergeId: string }
  | { readonly kind: 'split_event'; readonly eventId: string; readonly articleIds: readonly string[] }
  | { readonly kind: 'mark_article_irrelevant'; readonly articleId: string };

export type CorrectionKind = CorrectionRequest['kind'] | 'revert';

/** Every kind of correction, in the order the API and the README list them. */
export const CORRECTION_KINDS: readonly CorrectionKind[] = [
  'merge_persons',
  'rename_person',
  'set_person_country',
  'add_office',
  'end_office',
  'retype_event',
  'set_event_date',
  'set_event_place',
  'add_participant',
  'remove_participant',
  'set_event_status',
  'merge_events',
  'split_event',
  'reject_event',
  'mark_article_irrelevant',
  'revert',
];

/** Who made a correction and why. */
export interface CorrectionAuthorship {
  /** The analyst: the name of the API token used, or the CLI user. */
  readonly author: string;
  readonly reason: string;
}

/** A correction as recorded in the graph (the audit trail). */
export interface CorrectionRecord {
  readonly id: string;
  /** Position in the order corrections were applied (1, 2, …). */
  readonly seq: number;
  readonly kind: CorrectionKind;
  /** What it is about: `event:<id>`, `person:<id>`, `article:<id>`. */
  readonly subjects: readonly string[];
  /** The state of what it changed before and after, as JSON text. */
  readonly before: string;
  readonly after: string;
  readonly reason: string;
  readonly author: string;
  /** When it was applied, ISO date-time. */
  readonly at: string;
  /** The correction that reverted this one, if any. */
  readonly revertedBy: string | null;
  /** For a revert: the correction it reverted. */
  readonly revertOf: string | null;
}

/** Filters of the corrections list. */
export interface CorrectionFilter {
  readonly subject: string | null;
  readonly kind: CorrectionKind | null;
  readonly author: string | null;
  /** Only corrections still in force (not reverted, not reverts). */
  readonly inForce: boolean;
}

/** The subject key of an event, a person or an article in the audit trail. */
export const subjectKey = (what: 'event' | 'person' | 'article', id: string): string => `${what}:${id}`;
