/** An ISO 3166-1 alpha-2 country code, upper case ("ML", "RU"). */
export type CountryCode = string;

/** An ISO 639-1 language code, lower case ("fr", "en", "es"). */
export type LanguageCode = string;

/**
 * An article as a reader yields it, before extraction. `published` is an ISO date
 * (YYYY-MM-DD) or date-time, or null when the source gives none; `text` is plain text
 * whose character offsets all evidence refers to.
 */
export interface Article {
  readonly id: string;
  readonly url: string | null;
  readonly title: string | null;
  readonly published: string | null;
  readonly language: LanguageCode | null;
  readonly author: string | null;
  /** Where the article came from: a file path, "file.jsonl:12", a feed item, or "stdin:3". */
  readonly source: string;
  readonly text: string;
}
