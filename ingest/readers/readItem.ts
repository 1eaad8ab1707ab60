import type { Article } from '../../src/domain/article.js';

/**
 * One item a reader yields: an article ready to extract, or an input it had to reject.
 * `source` names the input ("path", "path:LINE", "path#N", "stdin:LINE"); a rejected item's
 * `id` is the article id when the input gave one, else null.
 */
export type ReadItem =
  | { readonly kind: 'article'; readonly article: Article }
  | { readonly kind: 'rejected'; readonly source: string; readonly id: string | null; readonly reason: string };

/** A rejected ReadItem. */
export function rejected(source: string, reason: string, id: string | null = null): ReadItem {
  return { kind: 'rejected', source, id, reason };
}
