import { createWriteStream, type WriteStream } from 'node:fs';
import type { ExtractedArticle } from './writer/planBatch.js';
import type { WriteSummary } from './writer/writeExtractions.js';
import type { Article } from '../src/domain/article.js';
import { extractOnThread, type ExtractBatch, type ExtractOutcome } from './extractBatch.js';
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
  /** Extracts a chunk of articles: a worker pool (createExtractPool); default, on this thread with `lexicons`. */
  readonly extract?: ExtractBatch;
  /** Articles per extraction chunk (one task of a worker); default 50. */
  readonly chunkSize?: number;
  /** Chunks being extracted at once, ahead of the batch being filled; default 4. Bounds memory. */
  readonly chunksAhead?: number;
  /** JSONL file for inputs that could not be extracted ({id, source, reason}); created on first reject. */
  readonly rejectsPath: string | null;
  readonly retry?: RetryPolicy;
  /** Aborting stops reading; the batch being written completes, the partial one is not written. */
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: Readonly<IngestProgress>) => void;
  readonly onWarning?: (message: string) => void;
}

/** A chunk of articles handed to extraction, and its outcomes once extracted. */
interface Chunk {
  readonly articles: readonly Article[];
  readonly outcomes: Promise<ExtractOutcome[]>;
}

/**
 * The ingest pipeline: read (streaming) → extract (in chunks, on a worker pool when given) →
 * batch → write. Three stages overlap: the reader fills chunks, up to `chunksAhead` chunks are
 * extracted at once, and one batch is written while the next fills. Each stage waits for the
 * next when it is `chunksAhead` chunks or one batch ahead, so memory stays flat whatever the
 * input size. Chunks are taken in input order, so batches are the same as a sequential run's.
 * One bad article never stops the run; a Neo4j outage is waited out (retryWrite); every write
 * is idempotent, so a run cut short is completed by running it again.
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
  const rejects = rejectLog(options, progress);
  const writer = batchWriter(options, progress, report);
  const extract = options.extract ?? extractOnThread(options.lexicons);
  const chunkSize = options.chunkSize ?? 50;
  const chunksAhead = options.chunksAhead ?? 4;
  const aborted = () => options.signal?.aborted === true;

  const extracting: Chunk[] = [];
  let chunk: Article[] = [];
  const submit = () => {
    if (chunk.length === 0) return;
    const outcomes = extract(chunk);
    // Awaited in turn by takeOldest; until then a failure must not count as unhandled.
    outcomes.catch(() => undefined);
    extracting.push({ articles: chunk, outcomes });
    chunk = [];
  };
  const takeOldest = async () => {
    const { articles, outcomes } = extracting.shift() as Chunk;
    const results = await outcomes;
    for (const [i, outcome] of results.entries()) {
      const article = articles[i] as Article;
      if ('error' in outcome) rejects.add(article.source, article.id, outcome.error);
      else await writer.add(outcome);
    }
  };

  try {
    const reading = readSources(options.inputs, {
      onProgress: (bytes) => (progress.bytesRead = bytes),
      onNote: (note) => options.onWarning?.(note),
    });
    for await (const item of reading) {
      if (aborted()) break;
      if (++progress.read % 50 === 0) report();
      if (item.kind === 'rejected') {
        rejects.add(item.source, item.id, item.reason);
        continue;
      }
      chunk.push(item.article);
      if (chunk.length < chunkSize) continue;
      submit();
      while (extracting.length > chunksAhead && !aborted()) await takeOldest();
    }
    submit();
    while (extracting.length > 0) await takeOldest();
    progress.interrupted = aborted();
    await writer.finish(!progress.interrupted);
  } finally {
    await rejects.close();
  }
  report();
  return progress;
}

/** The rejects file and count: each input that could not be extracted, with its reason. */
function rejectLog(options: IngestOptions, progress: IngestProgress) {
  let file: WriteStream | undefined;
  return {
    add(source: string, id: string | null, reason: string): void {
      progress.rejected++;
      options.onWarning?.(`rejected ${id ?? source} (${source}): ${reason}`);
      if (options.rejectsPath === null) return;
      file ??= createWriteStream(options.rejectsPath, { flags: 'a' });
      file.write(JSON.stringify({ id, source, reason }) + '\n');
    },
    close: () => new Promise<void>((resolve) => (file ? file.end(resolve) : resolve())),
  };
}

/**
 * Fills batches and writes each one while the next fills: one write in flight at a time, so
 * `add` waits when a full batch is ready and the previous one is still being written. After
 * an abort no new batch is written (the one in flight completes).
 */
function batchWriter(options: IngestOptions, progress: IngestProgress, report: () => void) {
  let batch: ExtractedArticle[] = [];
  let inFlight: Promise<void> = Promise.resolve();
  const flush = async () => {
    await inFlight;
    const full = batch;
    batch = [];
    if (full.length === 0 || options.dryRun || options.signal?.aborted) return;
    inFlight = retryWrite(() => options.write(full), options.retry ?? DEFAULT_RETRY, (attempt, delay, error) => {
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
  return {
    async add(extracted: ExtractedArticle): Promise<void> {
      progress.warnings += extracted.extraction.warnings.length;
      progress.eventsExtracted += extracted.extraction.events.length;
      batch.push(extracted);
      if (batch.length >= options.batchSize) await flush();
    },
    /** Writes the partial batch (unless `writeRest` is false) and waits for every write. */
    async finish(writeRest: boolean): Promise<void> {
      if (writeRest) await flush();
      await inFlight;
    },
  };
}
