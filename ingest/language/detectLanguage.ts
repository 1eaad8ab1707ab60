import { franc } from 'franc-min';
import type { LanguageCode } from '../../src/domain/article.js';
import { iso6393To1 } from './normalizeLanguage.js';

/**
 * franc needs some text to tell close languages apart (fr/es/pt, en/nl); below this many
 * letters it guesses, and a wrong language is worse than none (the extractor then warns).
 */
export const MIN_DETECTION_LETTERS = 40;

/** The sample franc reads: trigram statistics settle within a few KB, and this keeps it O(1). */
export const DETECTION_SAMPLE_CHARS = 4096;

/**
 * Detects the language of a text (ISO 639-1) from its first few KB with franc-min, or null
 * when it cannot tell: too little text, or a language without a 639-1 code.
 */
export function detectLanguage(text: string): LanguageCode | null {
  let sample = text.length > DETECTION_SAMPLE_CHARS ? text.slice(0, DETECTION_SAMPLE_CHARS) : text;
  // Cut at a space so that a word split in two does not add trigrams of no language.
  if (sample.length < text.length) {
    const space = sample.lastIndexOf(' ');
    if (space > DETECTION_SAMPLE_CHARS / 2) sample = sample.slice(0, space);
  }
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_DETECTION_LETTERS) return null;
  const code = franc(sample, { minLength: MIN_DETECTION_LETTERS });
  if (code === 'und') return null;
  return iso6393To1(code);
}
