import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/config.js';
import { runQuery } from '../../../src/graph/runQuery.js';
import { useGraph } from '../../helpers/graph.js';

const run = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  promisify(execFile)('node', ['bin/diplograph.js', ...args], { env: { ...process.env, LOG_LEVEL: 'warn', ...env } }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );

async function counts(): Promise<Record<string, number>> {
  const rows = await runQuery('graph.counts', {});
  return Object.fromEntries(rows.map((r) => [`${r.kind}:${r.name}`, r.count]));
}

describe('diplograph ingest', () => {
  useGraph();
  const uri = loadConfig().neo4j.uri;

  it('ingests the sample corpus, and a second run changes nothing', async () => {
    const first = await run(['ingest', 'samples/articles'], { NEO4J_URI: uri });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toMatch(/read 15 · ingested 15 · unchanged 0/);
    const after = await counts();
    expect(after['node:Event']).toBeGreaterThanOrEqual(10);
    expect(after['node:Relation']).toBeGreaterThanOrEqual(8);

    const second = await run(['ingest', 'samples/articles'], { NEO4J_URI: uri });
    expect(second.code).toBe(0);
    expect(second.stderr).toMatch(/ingested 0 · unchanged 15/);
    expect(await counts()).toEqual(after);
  });

  it('extracts on worker threads when started as installed, with the V8 flags of bin/diplograph.js', async () => {
    // A Worker refuses V8 flags given as execArgv: the pool must let its workers inherit them.
    const result = await promisify(execFile)('./bin/diplograph.js', ['ingest', '--dry-run', '--threads', '2', 'samples/articles']).then(
      (r) => ({ code: 0, stderr: r.stderr }),
      (e: { code: number; stderr: string }) => ({ code: e.code, stderr: e.stderr }),
    );
    expect(result.stderr).toMatch(/dry run: read 15 .* rejected 0/);
    expect(result.code).toBe(0);
  });

  it('fails at once with the server URL when Neo4j cannot be reached', async () => {
    const result = await run(['ingest', 'samples/articles'], { NEO4J_URI: 'bolt://127.0.0.1:1' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('bolt://127.0.0.1:1');
  });
});
