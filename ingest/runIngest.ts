import { createWriteStream, type WriteStream } from 'node:fs';
import type { ExtractedArticle } from './writer/planBatch.js';
import type { WriteSummary } from './writer/writeExtractions.js';
import { extractSafely } from './extractSafely.js';
import type { Lexicons } from './lexicons/loadLexicons.js';
import { measureInputs } from './readers/measureInputs.js';
import { readSources } from './readers/readSources.js';
import { DEFAULT_RETRY, retryWrite, type RetryPolicy } from './retryWrite.js';

/** Figures of an ingest run, as the progress display and the final summary show them. */
export interface IngestProgress {
  /** Articles read from the inputs (rejected inputs included). */
  read: number;
  /** Articles written to the graph (new or re-derived). */
  ingested: number;
  /** Articles skipped because the graph has them with the same content and extractor version. */
  unchanged: number;
  rederived: number;
  rejected: number;
  eventsCreated: number;
  eventsMerged: number;
  /** Extraction warnings (data problems that did not stop an article). */
  warnings: number;
  /** Events found by extraction (also counted in a dry run). */
  eventsExtracted: number;
  elapsedMs: number;
  /** True when the run stopped early on a signal. */
  interrupted: boolean;
  /** Number of batch writes retried while the graph was unavailable. */
  retries: number;
  /** Input bytes read so far, and in all (null when unknown, as for stdin): the ETA. */
  bytesRead: number;
  totalBytes: number | null;
}

export interface IngestOptions {
  readonly inputs: readonly string[];
  readonly lexicons: Lexicons;
  readonly batchSize: number;
  /** Extract without writing. */
  readonly dryRun: boolean;
  /** Writes one batch; writeExtractions in production. */
  readonly write: (batch: readonly ExtractedArticle[]) => Promise<WriteSummary>;
  /** JSONL file for inputs that could not be extracted ({id, source, reason}); created on first reject. */
  readonly rejectsPath: string | null;
  readonly retry?: RetryPolicy;
  /** Aborting stops reading; the batch being written completes, the partial one is not written. */
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: Readonly<IngestProgress>) => void;
  readonly onWarning?: (message: string) => void;
}

/**
 * The ingest pipeline: read (streaming) → extract → batch → write, with one batch written
 * while the next is extracted. One bad article never stops the run; a Neo4j outage is
 * waited out (retryWrite); every write is idempotent, so a run cut short is completed by
 * running it again.
 */
export async function runIngest(options: IngestOptions): Promise<IngestProgress> {
  const started = Date.now();
  const progress: IngestProgress = {
    read: 0, ingested: 0, unchanged: 0, rederived: 0, rejected: 0, eventsCreated: 0,
    eventsMerged: 0, warnings: 0, eventsExtracted: 0, elapsedMs: 0, interrupted: false, retries: 0,
    bytesRead: 0, totalBytes: await measureInputs(options.inputs),
  };
  const report = () => {
    progress.elapsedMs = Date.now() - started;
    options.onProgress?.(progress);
  };
  let rejects: WriteStream | undefined;
  const reject = (source: string, id: string | null, reason: string) => {
    progress.rejected++;
    options.onWarning?.(`rejected ${id ?? source} (${source}): ${reason}`);
    if (options.rejectsPath === null) return;
    rejects ??= createWriteStream(options.rejectsPath, { flags: 'a' });
    rejects.write(JSON.stringify({ id, source, reason }) + '\n');
  };

  let inFlight: Promise<void> = Promise.resolve();
  const flush = async (batch: ExtractedArticle[]) => {
    await inFlight;
    if (batch.length === 0 || options.dryRun) return;
    inFlight = retryWrite(() => options.write(batch), options.retry ?? DEFAULT_RETRY, (attempt, delay, error) => {
      progress.retries++;
      options.onWarning?.(`graph unavailable (attempt ${attempt}), retrying the batch in ${delay} ms: ${error.message}`);
    }).then((summary) => {
      progress.ingested += summary.written;
      progress.unchanged += summary.unchanged;
      progress.rederived += summary.rederived;
      progress.eventsCreated += summary.eventsCreated;
      progress.eventsMerged += summary.eventsMerged;
      report();
    });
    // Surface a failed write at the next flush, not as an unhandled rejection.
    inFlight.catch(() => undefined);
  };

  let batch: ExtractedArticle[] = [];
  try {
    const reading = readSources(options.inputs, {
      onProgress: (bytes) => (progress.bytesRead = bytes),
      onNote: (note) => options.onWarning?.(note),
    });
    for await (const item of reading) {
      if (options.signal?.aborted) {
        progress.interrupted = true;
        break;
      }
      if (++progress.read % 50 === 0) report();
      if (item.kind === 'rejected') {
        reject(item.source, item.id, item.reason);
        continue;
      }
      const extracted = extractSafely(item.article, options.lexicons);
      if ('error' in extracted) {
        reject(item.article.source, item.article.id, extracted.error);
        continue;
      }
      progress.warnings += extracted.extraction.warnings.length;
      progress.eventsExtracted += extracted.extraction.events.length;
      batch.push(extracted);
      if (batch.length >= options.batchSize) {
        await flush(batch);
        batch = [];
      }
    }
    if (options.signal?.aborted) progress.interrupted = true;
    if (!progress.interrupted) await flush(batch);
    await inFlight;
  } finally {
    await new Promise<void>((resolve) => (rejects ? rejects.end(resolve) : resolve()));
  }
  report();
  return progress;
}
