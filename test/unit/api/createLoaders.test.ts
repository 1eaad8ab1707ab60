import { describe, expect, it } from 'vitest';
import { createLoaders } from '../../../src/api/createLoaders.js';

describe('createLoaders', () => {
  it('gives one loader (and one loader per argument set) for the whole request, another to the next request', () => {
    const read = { timeoutMs: 1000 };
    const loaders = createLoaders(read);
    expect(loaders.person).toBe(loaders.person);
    expect(loaders.counterparts({ since: null, until: null, limit: 10 })).toBe(loaders.counterparts({ since: null, until: null, limit: 10 }));
    expect(loaders.counterparts({ since: null, until: null, limit: 5 })).not.toBe(loaders.counterparts({ since: null, until: null, limit: 10 }));
    expect(createLoaders(read).person).not.toBe(loaders.person);
  });

  it('keeps what is primed for the request', async () => {
    const loaders = createLoaders({ timeoutMs: 1000 });
    loaders.relation.prime('ML-RU', null);
    await expect(loaders.relation.load('ML-RU')).resolves.toBeNull();
  });
});
