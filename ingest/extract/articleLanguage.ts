import { detectLanguage } from '../language/detectLanguage.js';
import type { Rules } from '../rules/loadRules.js';

/** Characters the language detector reads: trigram statistics of running text settle well before. */
const LANGUAGE_SAMPLE_CHARS = 1500;

/** The first LANGUAGE_SAMPLE_CHARS of a text, cut at a space so that no word is split. */
function languageSample(text: string): string {
  if (text.length <= LANGUAGE_SAMPLE_CHARS) return text;
  const cut = text.lastIndexOf(' ', LANGUAGE_SAMPLE_CHARS);
  return text.slice(0, cut > LANGUAGE_SAMPLE_CHARS / 2 ? cut : LANGUAGE_SAMPLE_CHARS);
}

/** Guesses fr/en/es by which language's triggers and offices fire most, when detection fails. */
function guessLanguage(text: string, rules: Rules): string | null {
  let best: string | null = null;
  let bestCount = 0;
  for (const lang of rules.languages) {
    const t = rules.triggerMatchers[lang];
    const o = rules.officeMatchers[lang];
    const n = (t ? (text.match(t.regex) ?? []).length : 0) + (o ? (text.match(o.regex) ?? []).length : 0);
    if (n > bestCount) {
      best = lang;
      bestCount = n;
    }
  }
  return best;
}

/** The article's language: the one it declares, else the detector's, else the one whose rules fire most. */
export function articleLanguage(declared: string | null, text: string, rules: Rules): string | null {
  return declared ?? detectLanguage(languageSample(text)) ?? guessLanguage(text, rules);
}
