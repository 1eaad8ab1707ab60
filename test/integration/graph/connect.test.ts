import { describe, expect, it } from 'vitest';
import { connect } from '../../../src/graph/driver.js';
import { GraphUnavailableError } from '../../../src/domain/errors.js';

describe('connect', () => {
  it('fails on an unreachable server with its URL in the message', async () => {
    const uri = 'bolt://127.0.0.1:1';
    const attempt = connect({ uri, user: 'neo4j', password: null, database: null, external: true });
    await expect(attempt).rejects.toBeInstanceOf(GraphUnavailableError);
    await expect(attempt).rejects.toThrow(uri);
  });
});
