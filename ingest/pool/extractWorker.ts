// The entry of an extraction worker thread (createExtractPool): extracts a chunk of articles and
// sends back their extractions, without the texts, which the main thread still holds.
import type { Article } from '../../src/domain/article.js';
import type { Extraction } from '../../src/domain/extraction.js';
import { extractSafely } from '../extractSafely.js';
import { loadLexicons, type Lexicons } from '../lexicons/loadLexicons.js';

/** What a worker returns for one article. */
export type WorkerOutcome = { readonly extraction: Extraction } | { readonly error: string };

// A worker thread's own copy of the lexicons (a thread shares no objects with the others),
// loaded on its first task and read-only afterwards: the one piece of state a worker keeps.
let lexicons: Lexicons | undefined;

/** Extracts each article of the chunk; one that fails is an outcome with its reason, never a throw. */
export default function extractChunk(articles: readonly Article[]): WorkerOutcome[] {
  lexicons ??= loadLexicons();
  const loaded = lexicons;
  return articles.map((article) => {
    const outcome = extractSafely(article, loaded);
    return 'error' in outcome ? outcome : { extraction: outcome.extraction };
  });
}
