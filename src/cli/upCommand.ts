import { join } from 'node:path';
import type { Command } from 'commander';
import { loadConfig } from '../config/config.js';
import { disconnect } from '../graph/driver.js';
import { projectRoot } from '../config/projectRoot.js';
import { loadLexicons } from '../../ingest/lexicons/loadLexicons.js';
import { runIngest } from '../../ingest/runIngest.js';
import { writeExtractions } from '../../ingest/writer/writeExtractions.js';
import { writeReferenceData } from '../../ingest/writer/writeReferenceData.js';
import { ensureDatabase, migrateDatabase } from './dbCommands.js';
import { describeProgress } from './ingestCommand.js';
import { ingestArticlesHandler } from './ingestArticlesHandler.js';
import { serve } from './serveCommand.js';
import { say } from './say.js';

/** `diplograph up`: the main job — Neo4j up and migrated, the samples ingested, GraphQL served. */
export function registerUpCommand(program: Command): void {
  program
    .command('up')
    .description('start Neo4j (fetching it the first time), migrate, ingest the sample articles, serve GraphQL')
    .option('--no-serve', 'stop after ingesting the samples')
    .action(async (opts: { serve: boolean }) => {
      await ensureDatabase();
      await migrateDatabase();
      const lexicons = loadLexicons();
      await writeReferenceData(lexicons.gazetteer);
      const samples = join(projectRoot(), 'samples', 'articles');
      const result = await runIngest({
        inputs: [samples],
        lexicons,
        batchSize: loadConfig().batchSize,
        dryRun: false,
        write: writeExtractions,
        rejectsPath: null,
        onWarning: (message) => say(`warning: ${message}`),
      });
      say(`samples: ${describeProgress(result)}`);
      if (opts.serve) await serve({ ingestArticles: ingestArticlesHandler() });
      else await disconnect();
    });
}
