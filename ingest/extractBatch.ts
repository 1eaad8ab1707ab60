import type { Article } from '../src/domain/article.js';
import { extractSafely } from './extractSafely.js';
import type { Lexicons } from './lexicons/loadLexicons.js';
import type { ExtractedArticle } from './writer/planBatch.js';

/** One article's extraction, or why it could not be extracted (the run goes on without it). */
export type ExtractOutcome = ExtractedArticle | { readonly error: string };

/**
 * Extracts a chunk of articles; the outcomes come back in the order of the articles. Either on
 * the calling thread (extractOnThread) or in a pool of worker threads (createExtractPool).
 */
export type ExtractBatch = (articles: readonly Article[]) => Promise<ExtractOutcome[]>;

/** Extraction on the calling thread: for small inputs, tests and the API's ingest mutation. */
export function extractOnThread(lexicons: Lexicons): ExtractBatch {
  return (articles) => Promise.resolve(articles.map((article) => extractSafely(article, lexicons)));
}
