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
  /** wordTokens(text, folded). */
  readonly tokens: readonly WordToken[];
}

/** Folds and tokenises `text` once for every pass of its article. */
export function createArticleText(text: string): ArticleText {
  const folded = foldText(text);
  return { text, folded, tokens: wordTokens(text, folded) };
}
