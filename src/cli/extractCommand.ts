import type { Writable } from 'node:stream';
import type { Command } from 'commander';
import type { Article } from '../domain/article.js';
import type { Extraction } from '../domain/extraction.js';
import { extractArticle } from '../../ingest/extract/extractArticle.js';
import { loadLexicons, type Lexicons } from '../../ingest/lexicons/loadLexicons.js';
import { readSources } from '../../ingest/readers/readSources.js';

/** Exit status of `diplograph extract`: every input was extracted. */
export const EXIT_OK = 0;
/** Exit status of `diplograph extract`: a fatal error (bad usage, lexicons failing to load). */
export const EXIT_FATAL = 1;
/** Exit status of `diplograph extract`: the run finished but some inputs were rejected or failed. */
export const EXIT_SOME_FAILED = 2;

/** What a run of extract reads and writes; tests pass their own streams and extractor. */
export interface ExtractIo {
  readonly stdout: Writable;
  readonly stderr: Writable;
  readonly stdin?: AsyncIterable<Buffer | string>;
  readonly extract?: (article: Article, lexicons: Lexicons) => Extraction;
  readonly lexicons?: Lexicons;
}

/** Counts of one extract run, as printed in its last stderr line. */
export interface ExtractSummary {
  readonly extracted: number;
  readonly rejected: number;
  readonly failed: number;
  readonly warnings: number;
  readonly exitCode: number;
}

/**
 * Reads the inputs, extracts each article and prints its Extraction on stdout (one compact
 * object per line with `jsonl`, else indented objects). Rejected inputs, extractor failures
 * and extraction warnings go to stderr, one line each naming the article and the reason;
 * one bad article never stops the run. Returns the summary and exit status (0 / 2).
 */
export async function runExtract(inputs: readonly string[], options: { readonly jsonl: boolean }, io: ExtractIo): Promise<ExtractSummary> {
  const extract = io.extract ?? extractArticle;
  const lexicons = io.lexicons ?? loadLexicons();
  const say = (line: string) => void io.stderr.write(line + '\n');
  let extracted = 0;
  let rejected = 0;
  let failed = 0;
  let warnings = 0;
  let outputClosed = false;
  const onOutputError = (error: NodeJS.ErrnoException) => {
    // The reader of our output went away (`| head`): stop quietly, as Unix tools do.
    if (error.code === 'EPIPE') outputClosed = true;
    else throw error;
  };
  io.stdout.on('error', onOutputError);
  try {
    for await (const item of readSources(inputs, { onNote: (note) => say(`note: ${note}`), ...(io.stdin ? { stdin: io.stdin } : {}) })) {
      if (outputClosed) break;
      if (item.kind === 'rejected') {
        rejected++;
        say(`rejected ${item.source}${item.id ? ` (id ${item.id})` : ''}: ${item.reason}`);
        continue;
      }
      const { article } = item;
      let extraction: Extraction;
      try {
        extraction = extract(article, lexicons);
      } catch (error) {
        failed++;
        say(`failed ${article.id} (${article.source}): extractor error: ${error instanceof Error ? error.message : String(error)}`);
        continue;
      }
      extracted++;
      for (const warning of extraction.warnings) {
        warnings++;
        say(`warning ${article.id} (${article.source}): ${warning.code}: ${warning.message}`);
      }
      const json = options.jsonl ? JSON.stringify(extraction) : JSON.stringify(extraction, null, 2);
      if (!io.stdout.write(json + '\n')) await drained(io.stdout);
    }
  } finally {
    io.stdout.off('error', onOutputError);
  }
  const exitCode = rejected + failed > 0 ? EXIT_SOME_FAILED : EXIT_OK;
  say(`extract: ${extracted} extracted, ${rejected} rejected, ${failed} failed, ${warnings} warnings${outputClosed ? ' (output closed early: stopped reading)' : ''}`);
  return { extracted, rejected, failed, warnings, exitCode };
}

function drained(stream: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('close', done);
      stream.off('error', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
    stream.on('error', done);
  });
}

/**
 * `diplograph extract FILES… [--jsonl]`: the extraction contract of DESIGN.md on stdout.
 * Exit status: 0 all extracted, 2 some inputs rejected or failed, 1 fatal error.
 */
export function registerExtractCommand(program: Command): void {
  program
    .command('extract')
    .description('extract persons, countries, organisations, places, topics and events from articles and print them as JSON')
    .argument('<inputs...>', 'files (.txt .html .json .jsonl .rss .atom .xml), folders (recursive), or - for JSONL on stdin')
    .option('--jsonl', 'one compact JSON object per line (the scorer reads this)', false)
    .addHelpText('after', '\nExit status: 0 all inputs extracted; 2 some inputs were rejected or failed (named on stderr); 1 fatal error.')
    .action(async (inputs: string[], options: { jsonl: boolean }) => {
      const summary = await runExtract(inputs, options, { stdout: process.stdout, stderr: process.stderr });
      process.exitCode = summary.exitCode;
    });
}
