import { slugify } from '../../src/domain/ids.js';

/** Folded tokens of a name: lower case, accents and punctuation dropped. */
export function nameTokens(name: string): string[] {
  return slugify(name).split('-').filter(Boolean);
}

/**
 * The key persons are grouped by for resolution: the folded family name (last token), which
 * survives transliteration of given names ("Sergueï"/"Sergey Lavrov") and short forms.
 */
export function surnameKey(name: string): string {
  return surnameOf(nameTokens(name));
}

/** surnameKey on a name already split by nameTokens. */
export function surnameOf(tokens: readonly string[]): string {
  return tokens[tokens.length - 1] ?? '';
}

// Consonant skeleton of a given name: transliterations differ mostly in vowels and in the
// letters that stand for them (Sergueï / Sergey, Mohammed / Muhammad).
function skeleton(token: string): string {
  return token.replace(/[aeiouyhw]/g, '').replace(/(.)\1+/g, '$1').slice(0, 3);
}

/**
 * Whether two forms of a name can denote the same person, given equal family names:
 * given names must agree on the initial, and when both are spelled out, on their
 * consonant skeleton or as a prefix. A form without a given name agrees with any.
 */
export function givenNamesCompatible(a: string, b: string): boolean {
  return tokensCompatible(nameTokens(a), nameTokens(b));
}

/** givenNamesCompatible on names already split by nameTokens (for callers that keep the tokens). */
export function tokensCompatible(a: readonly string[], b: readonly string[]): boolean {
  const ga = a.slice(0, -1);
  const gb = b.slice(0, -1);
  const fa = ga[0];
  const fb = gb[0];
  if (fa === undefined || fb === undefined) return true;
  if (fa[0] !== fb[0]) return false;
  if (fa.length === 1 || fb.length === 1) return true;
  return fa.startsWith(fb) || fb.startsWith(fa) || skeleton(fa) === skeleton(fb);
}
