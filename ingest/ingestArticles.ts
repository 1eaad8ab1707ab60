import type { Article } from '../src/domain/article.js';
import type { IngestSummary, RejectedArticle } from '../src/domain/ingestSummary.js';
import { extractSafely } from './extractSafely.js';
import { checkArticleText } from './readers/checkArticleText.js';
import type { Lexicons } from './lexicons/loadLexicons.js';
import { retryWrite } from './retryWrite.js';
import type { ExtractedArticle } from './writer/planBatch.js';
import { writeExtractions } from './writer/writeExtractions.js';

// An API request waits out a short outage only; a pipeline client retries the call itself.
const API_RETRY = { maxElapsedMs: 20_000, initialDelayMs: 250, maxDelayMs: 4_000 };

/**
 * Extracts and writes a small set of articles as one batch (the `ingestArticles` mutation):
 * articles that cannot be extracted are returned as rejected with their reason, the others
 * are written in one transaction.
 */
export async function ingestArticles(articles: readonly Article[], lexicons: Lexicons): Promise<IngestSummary> {
  const rejected: RejectedArticle[] = [];
  const batch: ExtractedArticle[] = [];
  for (const article of articles) {
    // API articles do not come through the readers, which check every text they yield.
    const unusable = checkArticleText(article.text);
    if (unusable) {
      rejected.push({ id: article.id, reason: unusable });
      continue;
    }
    const result = extractSafely(article, lexicons);
    if ('error' in result) rejected.push({ id: article.id, reason: result.error });
    else batch.push(result);
  }
  const written = batch.length > 0 ? await retryWrite(() => writeExtractions(batch), API_RETRY) : null;
  return {
    accepted: written?.written ?? 0,
    unchanged: written?.unchanged ?? 0,
    rejected,
    eventsCreated: written?.eventsCreated ?? 0,
    eventsMerged: written?.eventsMerged ?? 0,
  };
}
