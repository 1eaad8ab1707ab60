import { foldText } from '../lexicons/foldText.js';
import { wordTokens, type WordToken } from './wordTokens.js';

/**
 * One article's text with the readings several passes share, computed once: its case and
 * accent fold (same length, so offsets carry over) for the gazetteer, metonymy and organisation
 * scans, and its word tokens for the organisation scan.
 */
export interface ArticleText {
  readonly text: string;
  /** foldText(text). */
  readonly folded: string;
  /**
   * wordTokens(text, folded), made on the first call: a thousand small objects that would
   * otherwise outlive the passes before the one that reads them, and be promoted by the
   * collector in between (measured: peak RSS up by a quarter).
   */
  tokens(): readonly WordToken[];
}

/** Folds `text` once for every pass of its article; tokenises it when first asked. */
export function createArticleText(text: string): ArticleText {
  const folded = foldText(text);
  let tokens: readonly WordToken[] | null = null;
  return { text, folded, tokens: () => (tokens ??= wordTokens(text, folded)) };
}
