// STUB — replaced by the gazetteer work (helper A1).
import type { CountryCode, LanguageCode } from '../../src/domain/article.js';
import type { Gazetteer } from '../lexicons/loadGazetteer.js';

/**
 * One lexicon hit in the text. Offsets are UTF-16 indexes into the text, end exclusive.
 * `country` is the country a country name, demonym, city or capital refers to.
 */
export interface Mention {
  readonly kind: 'country' | 'demonym' | 'city' | 'organization' | 'topic';
  /** Lexicon entry id: ISO-2 for countries and demonyms, place id, organisation id, topic id. */
  readonly id: string;
  readonly start: number;
  readonly end: number;
  /** The matched text as written. */
  readonly text: string;
  readonly country: CountryCode | null;
  /** Demonyms: grammatical gender and number where the language marks them. */
  readonly gender?: 'm' | 'f' | null;
  readonly plural?: boolean;
  /** Cities: true for a national capital (capitals can stand for their country). */
  readonly capital?: boolean;
}

/** Finds every gazetteer mention in one pass of a multi-pattern matcher, sorted by start. */
export function findMentions(_text: string, _language: LanguageCode | null, _gazetteer: Gazetteer): Mention[] {
  return [];
}
