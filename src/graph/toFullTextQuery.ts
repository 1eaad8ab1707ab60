// Characters with a meaning in Lucene's query syntax; user words must never be parsed as syntax.
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * Turns user words into a Lucene query for a full-text index: every word must match, whole or
 * as a prefix ("lavr" finds "Lavrov"); syntax characters are escaped and words lower-cased (so
 * "AND" stays a word). Null when no word is left.
 */
export function toFullTextQuery(text: string): string | null {
  const words = text
    .split(/\s+/)
    .map((w) => w.toLowerCase().replace(LUCENE_SPECIAL, (c) => `\\${c}`))
    .filter((w) => w.length > 0 && w !== '\\-');
  if (words.length === 0) return null;
  return words.map((w) => `(${w} OR ${w}*)`).join(' AND ');
}
