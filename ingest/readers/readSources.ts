// STUB — replaced by the readers work.
import type { Article } from '../../src/domain/article.js';

/** One item a reader yields: an article ready to extract, or an input it had to reject. */
export type ReadItem =
  | { readonly kind: 'article'; readonly article: Article }
  | { readonly kind: 'rejected'; readonly source: string; readonly id: string | null; readonly reason: string };

/**
 * Reads files, folders (recursively) and "-" (JSONL on stdin), streaming: .txt, .html,
 * .json, .jsonl, RSS/Atom. Never throws for a bad input: it yields a `rejected` item.
 */
export async function* readSources(_inputs: readonly string[]): AsyncIterable<ReadItem> {
  // stub
}
