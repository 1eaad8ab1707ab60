import type { LanguageCode } from '../../src/domain/article.js';
import languageCodes from './languageCodes.json' with { type: 'json' };

const ISO6393: Readonly<Record<string, string>> = languageCodes.iso6393;
const NAMES: Readonly<Record<string, string>> = languageCodes.names;

/**
 * A language as a source writes it ("fr-FR", "fr_CA", "FRA", "fre", "French", "français")
 * → ISO 639-1 lower case ("fr"), or null when it is absent or not recognised.
 */
export function normalizeLanguage(value: string | null | undefined): LanguageCode | null {
  if (!value) return null;
  const trimmed = value.trim().toLowerCase();
  if (!trimmed) return null;
  const primary = trimmed.split(/[-_]/)[0] ?? '';
  if (/^[a-z]{2}$/.test(primary)) return primary;
  if (/^[a-z]{3}$/.test(primary)) return ISO6393[primary] ?? null;
  return NAMES[trimmed] ?? null;
}

/** ISO 639-3 (as franc returns it) → ISO 639-1, or null for a language without a 639-1 code. */
export function iso6393To1(code: string): LanguageCode | null {
  return ISO6393[code] ?? null;
}
