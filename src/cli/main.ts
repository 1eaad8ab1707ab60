import { Command } from 'commander';
import { DiplographError } from '../domain/errors.js';
import { disconnect } from '../graph/driver.js';
import { registerCorrectCommand } from './correctCommand.js';
import { registerDbCommands } from './dbCommands.js';
import { registerExportCommand } from './exportCommand.js';
import { registerExtractCommand } from './extractCommand.js';
import { registerIngestCommand } from './ingestCommand.js';
import { registerServeCommand } from './serveCommand.js';
import { registerUpCommand } from './upCommand.js';
import { ingestArticlesHandler } from './ingestArticlesHandler.js';

/** Builds the `diplograph` command and its subcommands (the composition root). */
export function buildProgram(): Command {
  const program = new Command('diplograph')
    .description('A knowledge graph of diplomatic events built from news articles')
    .version('0.1.0');
  registerDbCommands(program);
  registerExtractCommand(program);
  registerExportCommand(program);
  registerIngestCommand(program);
  registerCorrectCommand(program);
  registerServeCommand(program, ingestArticlesHandler());
  registerUpCommand(program);
  return program;
}

/** Runs the CLI; domain errors print as one clear line and set a non-zero exit code. */
export async function main(argv: readonly string[]): Promise<void> {
  try {
    await buildProgram().parseAsync([...argv]);
  } catch (error) {
    await disconnect().catch(() => undefined);
    if (error instanceof DiplographError) {
      process.stderr.write(`diplograph: ${error.message}\n`);
      process.exitCode = 1;
      return;
    }
    throw error;
  }
}
