import type { LanguageCode } from '../../src/domain/article.js';
import { iso6393To1 } from './normalizeLanguage.js';
import { rankLanguages } from './rankLanguages.js';

/**
 * Thresholds measured on the dev set's paragraphs and headlines (fr/en/es, many proper names):
 * franc's top guess was wrong for 9% of 60-character samples (headlines called French,
 * Uzbek, Javanese with wide margins), 2.5% at 100 characters (all within 0.05 of the
 * runner-up) and never from 150 on. So: below MIN_LETTERS (about 95 characters) no answer;
 * up to CONFIDENT_LETTERS an answer only with a clear margin.
 */
export const MIN_LETTERS = 80;
/** From this many letters franc's top guess is taken as is. */
export const CONFIDENT_LETTERS = 130;
/** Lead the top guess needs over the runner-up (franc's scores are relative, top = 1). */
export const SHORT_TEXT_MARGIN = 0.05;

/** The sample franc reads: trigram statistics settle within a few KB, and this keeps it O(1). */
export const DETECTION_SAMPLE_CHARS = 4096;

/**
 * Detects the language of a text (ISO 639-1) from its first few KB with franc-min, or null
 * when it cannot tell: too little text, no clear winner on a short text, or a language
 * without a 639-1 code. A wrong language is worse than none (the extractor then warns).
 */
export function detectLanguage(text: string): LanguageCode | null {
  let sample = text.length > DETECTION_SAMPLE_CHARS ? text.slice(0, DETECTION_SAMPLE_CHARS) : text;
  // Cut at a space so that a word split in two does not add trigrams of no language.
  if (sample.length < text.length) {
    const space = sample.lastIndexOf(' ');
    if (space > DETECTION_SAMPLE_CHARS / 2) sample = sample.slice(0, space);
  }
  const letters = countLetters(sample);
  if (letters < MIN_LETTERS) return null;
  const ranked = rankLanguages(sample, MIN_LETTERS);
  const [top, runnerUp] = ranked;
  if (!top || top[0] === 'und') return null;
  if (letters < CONFIDENT_LETTERS && runnerUp && top[1] - runnerUp[1] < SHORT_TEXT_MARGIN) return null;
  return iso6393To1(top[0]);
}

function countLetters(text: string): number {
  let count = 0;
  const letter = /\p{L}/gu;
  while (letter.test(text)) count++;
  return count;
}
