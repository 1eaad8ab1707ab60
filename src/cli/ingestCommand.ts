import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { loadConfig } from '../config/config.js';
import { connect, disconnect } from '../graph/driver.js';
import { migrate } from '../graph/migrate.js';
import { loadLexicons } from '../../ingest/lexicons/loadLexicons.js';
import { createExtractPool } from '../../ingest/pool/createExtractPool.js';
import { runIngest, type IngestProgress } from '../../ingest/runIngest.js';
import { writeExtractions } from '../../ingest/writer/writeExtractions.js';
import { writeReferenceData } from '../../ingest/writer/writeReferenceData.js';
import { say } from './say.js';

/** A one-line account of a run, for logs and the final summary. */
export function describeProgress(p: Readonly<IngestProgress>): string {
  const seconds = p.elapsedMs / 1000;
  const rate = seconds > 0 ? (p.read / seconds).toFixed(1) : '0';
  return (
    `read ${p.read} · ingested ${p.ingested} · unchanged ${p.unchanged} · re-derived ${p.rederived} · rejected ${p.rejected} · ` +
    `events created ${p.eventsCreated} / merged ${p.eventsMerged} · warnings ${p.warnings} · ${rate} articles/s · ${seconds.toFixed(1)} s`
  );
}

/** Seconds left at the current rate, when the input size is known. */
function etaSeconds(p: Readonly<IngestProgress>): number | null {
  if (p.totalBytes === null || p.bytesRead === 0 || p.elapsedMs === 0) return null;
  return ((p.totalBytes - p.bytesRead) / p.bytesRead) * (p.elapsedMs / 1000);
}

/** Renders progress: a bar on a terminal, a plain line every few seconds otherwise. */
function progressDisplay(): { update: (p: Readonly<IngestProgress>) => void; stop: () => void } {
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        stream: process.stderr,
        format: '{bar} {percentage}% | {articles} articles | {rate} art/s | events {events} | warnings {warnings} | rejected {rejected} | ETA {eta_text}',
        fps: 5,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(100, 0, { articles: 0, rate: '0', events: 0, warnings: 0, rejected: 0, eta_text: '?' });
    return {
      update: (p) => {
        const eta = etaSeconds(p);
        bar.update(p.totalBytes ? Math.floor((100 * p.bytesRead) / p.totalBytes) : 0, {
          eta_text: eta === null ? '?' : `${Math.ceil(eta)} s`,
          articles: p.read,
          rate: (p.read / Math.max(p.elapsedMs / 1000, 0.001)).toFixed(0),
          events: p.eventsCreated + p.eventsMerged,
          warnings: p.warnings,
          rejected: p.rejected,
        });
      },
      stop: () => bar.stop(),
    };
  }
  let last = Date.now();
  return {
    update: (p) => {
      if (Date.now() - last < 5000) return;
      last = Date.now();
      const eta = etaSeconds(p);
      say(`ingest: ${describeProgress(p)}${eta === null ? '' : ` · ETA ${Math.ceil(eta)} s`}`);
    },
    stop: () => undefined,
  };
}

/** `diplograph ingest PATH… | -`: reads, extracts and writes articles to the graph. */
export function registerIngestCommand(program: Command): void {
  program
    .command('ingest')
    .description('ingest articles (files, folders, RSS/Atom feeds, or JSONL on stdin with "-") into the graph')
    .argument('<paths...>', 'files, folders (recursive) or - for JSONL on stdin')
    .option('--dry-run', 'extract without writing to the graph', false)
    .option('--batch-size <n>', 'articles per write transaction', (v) => Number.parseInt(v, 10))
    .option('--threads <n>', 'extraction worker threads (0: extract on the main thread)', (v) => Number.parseInt(v, 10))
    .option('--rejects <file>', 'JSONL file listing articles that could not be extracted', 'rejects.jsonl')
    .action(async (paths: string[], opts: { dryRun: boolean; batchSize?: number; threads?: number; rejects: string }) => {
      const config = loadConfig();
      const lexicons = loadLexicons();
      if (!opts.dryRun) {
        await connect(config.neo4j);
        await migrate();
        await writeReferenceData(lexicons.gazetteer);
      }
      const controller = new AbortController();
      const onSigint = () => {
        if (controller.signal.aborted) process.exit(130);
        say('\ninterrupted: finishing the batch being written (Ctrl-C again to quit at once)…');
        controller.abort();
      };
      process.on('SIGINT', onSigint);
      const display = progressDisplay();
      const threads = opts.threads ?? config.ingestThreads;
      const pool = threads > 0 ? createExtractPool({ threads }) : null;
      try {
        const result = await runIngest({
          inputs: paths,
          lexicons,
          batchSize: opts.batchSize ?? config.batchSize,
          dryRun: opts.dryRun,
          write: writeExtractions,
          ...(pool ? { extract: pool.extract } : {}),
          rejectsPath: opts.rejects,
          signal: controller.signal,
          onProgress: display.update,
          onWarning: (message) => {
            if (!process.stderr.isTTY) say(`warning: ${message}`);
          },
        });
        display.stop();
        say(`${opts.dryRun ? 'dry run: ' : ''}${describeProgress(result)}${opts.dryRun ? ` · events extracted ${result.eventsExtracted}` : ''}`);
        if (result.rejected > 0) say(`rejected articles are listed in ${opts.rejects}`);
        if (result.interrupted) process.exitCode = 130;
        else if (result.rejected > 0) process.exitCode = 2;
      } finally {
        display.stop();
        process.off('SIGINT', onSigint);
        await pool?.close();
        await disconnect();
      }
    });
}
