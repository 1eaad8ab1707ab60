import { createWriteStream } from 'node:fs';
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { loadConfig } from '../config/config.js';
import { connect, disconnect } from '../graph/driver.js';
import { parseExportRequest, type ExportOptions as ExportFlags } from '../export/exportRequest.js';
import { countExportEvents, runExport } from '../export/runExport.js';
import { say } from './say.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** Shows how far an export is: a bar on a terminal, a line every few seconds otherwise. */
function exportProgress(total: number): { tick: (events: number) => void; stop: () => void } {
  const started = Date.now();
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar(
      { stream: process.stderr, format: '{bar} {percentage}% | {value}/{total} events | {rate} events/s | ETA {eta}s', fps: 5 },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0, { rate: '0' });
    return {
      tick: (n) => bar.update(n, { rate: (n / Math.max((Date.now() - started) / 1000, 0.001)).toFixed(0) }),
      stop: () => bar.stop(),
    };
  }
  let last = started;
  return {
    tick: (n) => {
      if (Date.now() - last < 5000) return;
      last = Date.now();
      say(`export: ${n}/${total} events`);
    },
    stop: () => undefined,
  };
}

/**
 * `diplograph export`: every event matching the meetings query's filters, streamed to a file or
 * stdout as CSV (events, or participants), PLOVER-shaped JSONL, or a GraphML network.
 */
export function registerExportCommand(program: Command): void {
  program
    .command('export')
    .description('export events matching filters as CSV, PLOVER JSONL or a GraphML network, streamed (constant memory)')
    .option('--format <format>', 'csv | jsonl | graphml', 'csv')
    .option('--what <what>', 'csv only: events (one row per event) or participants (one row per participation)')
    .option('--persons', 'graphml only: the person network instead of the country network')
    .option('--country <code>', 'events involving this country (repeat or comma-separate for all of several)', collect)
    .option('--pair <a,b>', 'events of the bilateral relation of two countries')
    .option('--person <id>', 'events this person took part in')
    .option('--organization <id>', 'events of officials of, or sources mentioning, this organisation')
    .option('--topic <id>', 'events where this topic was discussed')
    .option('--type <type>', 'events of this type (repeat for any of several)', collect)
    .option('--status <status>', 'occurred | planned')
    .option('--from <date>', 'events on or after this date (YYYY-MM-DD)')
    .option('--to <date>', 'events on or before this date (YYYY-MM-DD)')
    .option('--text <words>', 'words of the event title or setting')
    .option('-o, --output <file>', 'write to this file instead of stdout')
    .action(async (opts: Omit<ExportFlags, 'countries' | 'types'> & { country?: string[]; type?: string[]; output?: string }) => {
      const { country, type, output, ...rest } = opts;
      const request = parseExportRequest({ ...rest, countries: country, types: type });
      await connect(loadConfig().neo4j);
      try {
        const total = await countExportEvents(request);
        const progress = exportProgress(total);
        const started = performance.now();
        try {
          const summary = await runExport(request, output ? createWriteStream(output) : process.stdout, {
            onEvent: progress.tick,
            end: output !== undefined,
          });
          progress.stop();
          const seconds = (performance.now() - started) / 1000;
          say(`exported ${summary.events} events (${request.format}) in ${seconds.toFixed(1)} s, ${(summary.events / Math.max(seconds, 0.001)).toFixed(0)} events/s${output ? ` to ${output}` : ''}`);
        } catch (error) {
          // The reader of stdout went away (`… | head`): what it wanted was written.
          if ((error as NodeJS.ErrnoException).code !== 'EPIPE') throw error;
        } finally {
          progress.stop();
        }
      } finally {
        await disconnect();
      }
    });
}
