import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';
import type { Article } from '../../src/domain/article.js';
import type { ExtractBatch, ExtractOutcome } from '../extractBatch.js';
import type { WorkerOutcome } from './extractWorker.js';

/** A pool of extraction worker threads. */
export interface ExtractPool {
  /** Extracts a chunk on a free worker; a crash of the worker rejects only the article that caused it. */
  readonly extract: ExtractBatch;
  readonly threads: number;
  /** Waits for the running chunks, then ends the workers. */
  close(): Promise<void>;
}

export interface ExtractPoolOptions {
  readonly threads: number;
  /** The worker module (default: extractWorker next to this file); tests give one that crashes. */
  readonly workerFile?: string;
}

/**
 * The worker module as a file URL: the compiled .js in dist/, the .ts source under tsx or vitest,
 * where the workers then need tsx's loader too (a worker thread does not inherit the loader of
 * the thread that starts it). Otherwise workers inherit this process's options: giving them
 * explicitly would fail on the V8 flags of bin/diplograph.js, which a Worker refuses.
 */
function workerModule(workerFile: string | undefined): { filename: string; execArgv?: string[] } {
  const here = new URL('./extractWorker.js', import.meta.url);
  const js = workerFile ?? fileURLToPath(here);
  const file = existsSync(js) ? js : js.replace(/\.js$/, '.ts');
  const needsTsx = file.endsWith('.ts') && !process.execArgv.join(' ').includes('tsx');
  return { filename: pathToFileURL(file).href, ...(needsTsx ? { execArgv: ['--import', 'tsx'] } : {}) };
}

/**
 * Starts `threads` extraction workers (piscina). Each chunk goes to a free worker; when a worker
 * dies on a chunk (a crash, not an extractor error: those come back as outcomes), each article
 * of the chunk is extracted again on its own, so that the one that killed it is rejected by
 * name and the others go on.
 */
export function createExtractPool(options: ExtractPoolOptions): ExtractPool {
  const threads = Math.max(1, Math.floor(options.threads));
  const pool = new Piscina<readonly Article[], WorkerOutcome[]>({
    ...workerModule(options.workerFile),
    minThreads: threads,
    maxThreads: threads,
    // A chunk per worker at a time; the caller bounds how many chunks wait (runIngest's queue).
    concurrentTasksPerWorker: 1,
    idleTimeout: 60_000,
  });

  const withTexts = (articles: readonly Article[], outcomes: readonly WorkerOutcome[]): ExtractOutcome[] =>
    outcomes.map((o, i) => ('error' in o ? o : { extraction: o.extraction, text: (articles[i] as Article).text }));

  const extractAlone = async (article: Article): Promise<ExtractOutcome> => {
    try {
      return withTexts([article], await pool.run([article]))[0] as ExtractOutcome;
    } catch (error) {
      return { error: `extraction worker crashed: ${(error as Error).message}` };
    }
  };

  const extract: ExtractBatch = async (articles) => {
    try {
      return withTexts(articles, await pool.run(articles));
    } catch {
      return Promise.all(articles.map(extractAlone));
    }
  };

  return { extract, threads, close: () => pool.close() };
}
