import type { IngestArticles } from '../api/apiContext.js';
import { ingestArticles } from '../../ingest/ingestArticles.js';
import { loadLexicons, type Lexicons } from '../../ingest/lexicons/loadLexicons.js';

/**
 * The ingest function behind the API's `ingestArticles` mutation; lexicons are loaded on the
 * first call, so a server that never ingests does not pay for them.
 */
export function ingestArticlesHandler(): IngestArticles {
  let lexicons: Lexicons | undefined;
  return (articles) => ingestArticles(articles, (lexicons ??= loadLexicons()));
}
