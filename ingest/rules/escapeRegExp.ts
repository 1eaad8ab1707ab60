/** `word` as a regex source that matches it literally (a word list joined into an alternation). */
export function escapeRegExp(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
