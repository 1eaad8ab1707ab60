// STUB — replaced by the readers/language work.
import type { LanguageCode } from '../../src/domain/article.js';

/** Detects the language of a text (ISO 639-1), or null when it cannot tell. */
export function detectLanguage(_text: string): LanguageCode | null {
  return null;
}
