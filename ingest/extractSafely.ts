import type { Article } from '../src/domain/article.js';
import { extractArticle } from './extract/extractArticle.js';
import type { Lexicons } from './lexicons/loadLexicons.js';
import type { ExtractedArticle } from './writer/planBatch.js';

/**
 * Extracts one article, turning an extractor failure on this article into a reason instead of
 * an exception: one bad article must never stop a batch. The text must already have passed
 * checkArticleText (the readers check every article they yield).
 */
export function extractSafely(article: Article, lexicons: Lexicons): ExtractedArticle | { error: string } {
  try {
    return { extraction: extractArticle(article, lexicons), text: article.text };
  } catch (error) {
    return { error: `extraction failed: ${(error as Error).message}` };
  }
}
