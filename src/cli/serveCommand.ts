import type { Command } from 'commander';
import { startApiServer } from '../api/createApiServer.js';
import type { IngestArticles } from '../api/apiContext.js';
import { loadConfig } from '../config/config.js';
import { logger } from '../config/logger.js';
import { ConfigError } from '../domain/errors.js';
import { connect, disconnect } from '../graph/driver.js';
import { say } from './say.js';

/** Until the ingest pipeline is wired in, the mutation answers with a clear refusal. */
const ingestNotWired: IngestArticles = async () => {
  throw new ConfigError('ingestArticles is not available in this build of diplograph serve');
};

/**
 * Serves the GraphQL API until SIGTERM or SIGINT, then stops taking requests, lets the running
 * ones finish, and closes the Neo4j driver. Resolves when the server has stopped.
 */
export async function serve(options: { host?: string; port?: number; ingestArticles?: IngestArticles }): Promise<void> {
  const base = loadConfig();
  const config = { ...base.api, ...(options.host ? { host: options.host } : {}), ...(options.port !== undefined ? { port: options.port } : {}) };
  await connect(base.neo4j);
  const api = await startApiServer({ config, ingestArticles: options.ingestArticles ?? ingestNotWired });
  const origin = api.url.replace(/\/graphql$/, '');
  say(`diplograph explorer on ${origin}/ · GraphQL API on ${api.url} (Neo4j ${base.neo4j.uri}) · health at ${origin}/healthz`);
  await new Promise<void>((resolve) => {
    let stopping = false;
    const shutdown = (signal: NodeJS.Signals) => {
      if (stopping) return;
      stopping = true;
      say(`${signal}: stopping the API…`);
      api
        .stop()
        .catch((error: unknown) => logger.error({ err: error }, 'error while stopping the API'))
        .then(() => disconnect())
        .finally(() => {
          say('API stopped');
          process.off('SIGTERM', shutdown);
          process.off('SIGINT', shutdown);
          resolve();
        });
    };
    process.on('SIGTERM', shutdown);
    process.on('SIGINT', shutdown);
  });
}

/**
 * `diplograph serve`: the GraphQL API (default http://127.0.0.1:4000/graphql). `ingestArticles`
 * backs the ingestArticles mutation; the composition root passes the real ingest function.
 */
export function registerServeCommand(program: Command, ingestArticles?: IngestArticles): void {
  program
    .command('serve')
    .description('serve the GraphQL API over the graph (Ctrl-C or SIGTERM stops it gracefully)')
    .option('--host <host>', 'interface to listen on (default DIPLOGRAPH_API_HOST or 127.0.0.1)')
    .option('--port <port>', 'port to listen on (default DIPLOGRAPH_API_PORT or 4000)', (v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 0 || n > 65535) throw new ConfigError(`--port must be a port number, got "${v}"`);
      return n;
    })
    .action(async (opts: { host?: string; port?: number }) => {
      await serve({ ...opts, ...(ingestArticles ? { ingestArticles } : {}) });
    });
}
