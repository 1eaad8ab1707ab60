// An extraction worker for tests of the pool: it dies, as a native crash or an out-of-memory
// would end a worker thread, on a chunk holding an article whose text contains CRASH_MARKER,
// and extracts every other chunk as the real worker does.
import type { Article } from '../../src/domain/article.js';
import extractChunk, { type WorkerOutcome } from '../../ingest/pool/extractWorker.js';

export const CRASH_MARKER = 'xx-crash-this-worker-xx';

export default function crashingExtractChunk(articles: readonly Article[]): WorkerOutcome[] {
  if (articles.some((a) => a.text.includes(CRASH_MARKER))) process.exit(1);
  return extractChunk(articles);
}
