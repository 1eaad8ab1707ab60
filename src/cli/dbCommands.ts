import type { Command } from 'commander';
import { loadConfig } from '../config/config.js';
import { checkGraph } from '../graph/checkGraph.js';
import { connect, disconnect } from '../graph/driver.js';
import { migrate } from '../graph/migrate.js';
import { runQuery } from '../graph/runQuery.js';
import { refreshAllDetails } from '../graph/storedDetails.js';
import { refreshAllTallies } from '../graph/tallies.js';
import { provision, start, status, stop } from '../graph/localNeo4j.js';
import { say } from './say.js';

/** Starts the local server unless NEO4J_URI points elsewhere; returns the URI in use. */
export async function ensureDatabase(): Promise<string> {
  const config = loadConfig();
  if (config.neo4j.external) return config.neo4j.uri;
  const state = await start(config.localNeo4j, say);
  say(state.started ? `Neo4j running (pid ${state.pid}) on ${state.uri}` : `Neo4j already running (pid ${state.pid}) on ${state.uri}`);
  return state.uri;
}

/** Connects, applies migrations, seeds countries. */
export async function migrateDatabase(): Promise<void> {
  const config = loadConfig();
  await connect(config.neo4j);
  const summary = await migrate();
  say(`Migrated ${config.neo4j.uri}: ${summary.statements} schema statements, ${summary.countries} countries seeded, details stored on ${summary.eventDetails} events, ${summary.talliedEvents} events tallied`);
}

/** Runs `work` connected to the configured graph (main's error handler disconnects on failure). */
async function withGraph<T>(work: () => Promise<T>): Promise<T> {
  await connect(loadConfig().neo4j);
  const result = await work();
  await disconnect();
  return result;
}

/** `diplograph db …`: provision, start, stop, status, migrate, check, refresh the stored event details and reset the graph database. */
export function registerDbCommands(program: Command): void {
  const db = program.command('db').description('manage the Neo4j database');
  db.command('provision')
    .description('fetch Neo4j Community from Maven Central and build the launcher')
    .action(() => provision(say));
  db.command('start')
    .description('start the local Neo4j (idempotent) and wait until Bolt answers')
    .action(async () => {
      const config = loadConfig();
      if (config.neo4j.external) say(`NEO4J_URI is set (${config.neo4j.uri}): nothing local to start`);
      else await ensureDatabase();
    });
  db.command('stop')
    .description('stop the local Neo4j and wait for it to exit')
    .action(async () => {
      const result = await stop(loadConfig().localNeo4j);
      say(result.stopped ? `Neo4j (pid ${result.pid}) stopped` : 'Neo4j was not running');
    });
  db.command('status')
    .description('tell whether the local Neo4j runs')
    .action(async () => {
      const config = loadConfig();
      if (config.neo4j.external) {
        say(`external Neo4j at ${config.neo4j.uri} (NEO4J_URI)`);
        return;
      }
      const state = status(config.localNeo4j);
      process.stdout.write(state.state === 'running' ? `running pid=${state.pid} uri=${state.uri}\n` : 'stopped\n');
      if (state.state !== 'running') process.exitCode = 3;
    });
  db.command('migrate')
    .description('apply schema/*.cypher, run data migrations, seed every country and store missing event details (idempotent)')
    .action(async () => {
      await migrateDatabase();
      await disconnect();
    });
  db.command('refresh-details')
    .description("derive and store every event's details again (after editing the graph by hand, which no writer sees)")
    .action(async () => {
      const stored = await withGraph(refreshAllDetails);
      say(`Details derived and stored again on ${stored} events`);
    });
  db.command('refresh-tallies')
    .description("count every event into the dashboards' tallies again (after editing the graph by hand, which no writer sees)")
    .action(async () => {
      const events = await withGraph(refreshAllTallies);
      say(`Tallies counted again over ${events} events`);
    });
  db.command('check')
    .description('check the figures the writer maintains (relation counts and dates, edge keys, stored event details) against a recomputation; exit 1 if any disagree')
    .action(async () => {
      const problems = await withGraph(checkGraph);
      for (const problem of problems) say(problem);
      say(problems.length ? `${problems.length} disagreement(s)` : 'Every maintained figure agrees with a recomputation');
      if (problems.length) process.exitCode = 1;
    });
  db.command('reset')
    .description('delete every node but the seeded countries')
    .action(async () => {
      const [row] = await withGraph(() => runQuery('graph.wipe', {}));
      say(`Deleted ${row?.deleted ?? 0} nodes`);
    });
}
