import type { CountryCode, LanguageCode } from './article.js';

/** How much of a date is known: "2024-02-28" is day, "--02-28" month-day, "2024-02" month. */
export type DatePrecision = 'day' | 'month-day' | 'month' | 'year';

/** Event types, aligned with PLOVER / CAMEO so that analysts can join with GDELT or ICEWS. */
export const EVENT_TYPES = ['meeting', 'visit', 'phone_call', 'agreement', 'summit', 'other'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** An announced visit is `planned`, not held. */
export type EventStatus = 'occurred' | 'planned';

/** Which side of an encounter a participant or country is on. */
export type Side = 'host' | 'guest' | 'party';

/** A span of the article text: `start`/`end` are UTF-16 offsets into `Article.text`, end exclusive. */
export interface Evidence {
  readonly start: number;
  readonly end: number;
  readonly quote: string;
}

/** A person named in the article, under the most complete form of the name seen. */
export interface ExtractedPerson {
  /** Slug of the canonical name ("sergey-lavrov"). */
  readonly id: string;
  readonly name: string;
  /** Other forms seen in this article (transliterations, short forms). */
  readonly aliases: readonly string[];
  /** Office as an English label ("Minister of Foreign Affairs"), or null. */
  readonly role: string | null;
  /** The office as written in the article ("ministre des Affaires étrangères"). */
  readonly roleOriginal: string | null;
  /** Country the office serves; null for officials of international organisations. */
  readonly country: CountryCode | null;
  /** Organisation id for international officials (UN Secretary-General → "un"). */
  readonly organization: string | null;
  readonly mentions: number;
  readonly evidence: readonly Evidence[];
}

export interface ExtractedCountry {
  readonly code: CountryCode;
  readonly name: string;
  readonly mentions: number;
}

export interface ExtractedOrganization {
  /** Stable lexicon id ("un", "ecowas"); for an organisation found by pattern, its seed id or its name's slug. */
  readonly id: string;
  readonly name: string;
  readonly acronym: string | null;
  readonly wikidata: string | null;
  readonly kind: string | null;
  /** The state a national body belongs to, when its name says so ("Russian Foreign Ministry" → RU); null for international ones. */
  readonly country: CountryCode | null;
  readonly mentions: number;
}

export interface ExtractedPlace {
  /** Stable id ("ru-moscow"). */
  readonly id: string;
  /** English name. */
  readonly name: string;
  readonly country: CountryCode;
  readonly mentions: number;
}

export interface TopicRef {
  /** Taxonomy slug ("energy"). */
  readonly id: string;
  /** English label. */
  readonly label: string;
}

export interface ExtractedTopic extends TopicRef {
  readonly mentions: number;
}

export interface Participant {
  readonly personId: string;
  readonly name: string;
  readonly role: string | null;
  readonly country: CountryCode | null;
  readonly organization: string | null;
  readonly side: Side;
}

export interface EventLocation {
  readonly placeId: string | null;
  readonly name: string;
  readonly country: CountryCode | null;
}

export interface ExtractedEvent {
  readonly type: EventType;
  readonly status: EventStatus;
  /** "YYYY-MM-DD", "--MM-DD", "YYYY-MM" or "YYYY"; null when the article gives no usable date. */
  readonly date: string | null;
  readonly datePrecision: DatePrecision | null;
  readonly location: EventLocation | null;
  /** The frame of the encounter, e.g. "sidelines of the African Union summit". */
  readonly setting: string | null;
  readonly participants: readonly Participant[];
  /** States taking part (ISO-2), sorted. */
  readonly countries: readonly CountryCode[];
  /** Country code → side, for the countries above. */
  readonly countrySides: Readonly<Record<CountryCode, Side>>;
  readonly topics: readonly TopicRef[];
  readonly plover: string;
  readonly ploverMode: string | null;
  readonly cameo: string;
  /** 0..1: how sure the rules are that this event happened as described. */
  readonly confidence: number;
  readonly evidence: readonly Evidence[];
  /** Id of the trigger rule that fired, so a wrong event traces back to its rule. */
  readonly rule: string;
  /**
   * Index, in the same extraction's `events`, of the visit this event took place during (the
   * talks and signings of a state visit), or null. One event per action: the visit, its talks
   * and each signing are separate events linked by DURING.
   */
  readonly during: number | null;
}

/** A data problem found while reading or extracting an article (never a bug: bugs throw). */
export interface ExtractionWarning {
  readonly code: string;
  readonly message: string;
}

/** Everything extracted from one article: the contract of `diplograph extract`. */
export interface Extraction {
  readonly id: string;
  readonly url: string | null;
  readonly title: string | null;
  readonly source: string;
  readonly author: string | null;
  readonly published: string | null;
  readonly language: LanguageCode | null;
  readonly extractorVersion: string;
  /** sha256 of the article text, so that an unchanged article can be skipped. */
  readonly contentHash: string;
  readonly persons: readonly ExtractedPerson[];
  readonly countries: readonly ExtractedCountry[];
  readonly organizations: readonly ExtractedOrganization[];
  readonly places: readonly ExtractedPlace[];
  readonly topics: readonly ExtractedTopic[];
  readonly events: readonly ExtractedEvent[];
  readonly warnings: readonly ExtractionWarning[];
}
