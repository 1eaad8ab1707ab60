// bench:graph --import: builds the synthetic graph with neo4j-admin's full import (offline,
// into an empty database) from bench/api/importCsv.ts's files, then `migrate` as a user runs
// it (constraints, indexes, country seed, data migrations); `db check` then compares the
// maintained figures and stored details with a recomputation.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { LocalNeo4jConfig } from '../../src/config/config.js';
import { projectRoot } from '../../src/config/projectRoot.js';
import { stop } from '../../src/graph/localNeo4j.js';
import { writeImportCsv } from './importCsv.js';

/** Replaces the database of the local server `cfg` with `events` synthetic events (server stopped, left stopped). */
export async function importSyntheticGraph(cfg: LocalNeo4jConfig, events: number, log: (line: string) => void): Promise<void> {
  const dir = join(projectRoot(), '.bench', `import-${events}`);
  let started = performance.now();
  const files = await writeImportCsv(dir, events);
  log(`CSV for ${events} events from ${files.articles} articles (${files.skipped} left out: they would merge) in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  await stop(cfg);
  // neo4j-admin reads its settings from NEO4J_CONF; the server's are the launcher's arguments.
  const conf = join(dir, 'conf');
  mkdirSync(conf, { recursive: true });
  writeFileSync(join(conf, 'neo4j.conf'), '');
  const home = join(cfg.home, 'dbms');
  mkdirSync(home, { recursive: true });
  rmSync(join(home, 'data', 'databases', 'neo4j'), { recursive: true, force: true });
  rmSync(join(home, 'data', 'transactions', 'neo4j'), { recursive: true, force: true });
  const lib = join(projectRoot(), 'neo4j', 'target', 'lib', '*');
  const args = [
    '-Xmx2g', '-cp', lib, 'org.neo4j.cli.AdminTool', 'database', 'import', 'full', 'neo4j', '--overwrite-destination', '--threads=2',
    '--max-off-heap-memory=2g', '--array-delimiter=;', '--id-type=string', '--verbose',
    // File names relative to the import folder (the working directory): neo4j-admin reads
    // file arguments as patterns, and some characters of absolute paths confuse it.
    ...Object.entries(files.nodes).map(([label, file]) => `--nodes=${label}=${basename(file)}`),
    ...files.relationships.map(([type, file]) => `--relationships=${type}=${basename(file)}`),
  ];
  started = performance.now();
  const run = spawnSync('java', args, { cwd: dir, env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: conf }, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 26 });
  if (run.status !== 0) throw new Error(`neo4j-admin import failed (${run.status}):\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-3000)}`);
  log(`neo4j-admin import in ${((performance.now() - started) / 1000).toFixed(0)} s:\n${run.stdout.split('\n').filter((l) => /Imported|nodes|relationships|properties|took/i.test(l)).slice(-6).join('\n')}`);
}
