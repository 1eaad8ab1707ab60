import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/config.js';
import { ConfigError } from '../../../src/domain/errors.js';
import { start, status } from '../../../src/graph/localNeo4j.js';

describe('local Neo4j launcher', () => {
  let squatter: Server;
  let port: number;

  beforeAll(async () => {
    squatter = createServer(() => undefined);
    await new Promise<void>((resolve) => squatter.listen(0, '127.0.0.1', resolve));
    port = (squatter.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((resolve) => squatter.close(() => resolve())));

  it('refuses at once, naming the port, when another process holds it', async () => {
    const cfg = { ...loadConfig().localNeo4j, port, home: mkdtempSync(join(tmpdir(), 'dg-neo4j-')), startTimeoutMs: 60_000 };
    const attempt = start(cfg);
    await expect(attempt).rejects.toBeInstanceOf(ConfigError);
    await expect(attempt).rejects.toThrow(`Port ${port}`);
  });

  it('reports a server without a pid file as stopped', () => {
    const cfg = { ...loadConfig().localNeo4j, home: mkdtempSync(join(tmpdir(), 'dg-neo4j-')) };
    expect(status(cfg)).toEqual({ state: 'stopped' });
  });
});
