import type { Article } from '../src/domain/article.js';
import { extractArticle } from './extract/extractArticle.js';
import type { Lexicons } from './lexicons/loadLexicons.js';
import { checkArticleText } from './readers/checkArticleText.js';
import type { ExtractedArticle } from './writer/planBatch.js';

/**
 * Extracts one article, turning an unusable text or an extractor failure on this article into
 * a reason instead of an exception: one bad article must never stop a batch.
 */
export function extractSafely(article: Article, lexicons: Lexicons): ExtractedArticle | { error: string } {
  const unusable = checkArticleText(article.text);
  if (unusable) return { error: unusable };
  try {
    return { extraction: extractArticle(article, lexicons), text: article.text };
  } catch (error) {
    return { error: `extraction failed: ${(error as Error).message}` };
  }
}
