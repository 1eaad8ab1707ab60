/**
 * Turns user words into a Lucene query for a full-text index: every word must match, the last
 * one whole or as a prefix (so "lavr" finds "Lavrov" as the user types), or whole too with
 * `wholeWords` (for article titles, where a prefix expands over a million of them). Words are
 * split on anything but letters and digits and lower-cased, so no user input is ever parsed as
 * Lucene syntax ("AND", quotes, wildcards). Null when no word is left.
 */
export function toFullTextQuery(text: string, { wholeWords = false }: { wholeWords?: boolean } = {}): string | null {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
  const last = words.pop();
  if (last === undefined) return null;
  // Earlier words are plain terms: the analyzer drops stop words ("of", "the") from them,
  // which a wildcard term would not.
  return [...words, wholeWords ? last : `(${last} OR ${last}*)`].join(' AND ');
}
