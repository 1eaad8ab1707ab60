import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { executeCodegen } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../src/config/projectRoot.js';
import config from '../../../codegen.js';

describe('generated resolver types', () => {
  it('are what codegen makes of schema/schema.graphql today (run `npm run codegen`)', async () => {
    const root = projectRoot();
    const { result, error } = await executeCodegen({ ...config, cwd: root, silent: true });
    expect(error).toBeNull();
    const [output] = result;
    expect(output?.filename).toBe('src/api/generated/resolvers.ts');
    expect(output?.content).toBe(readFileSync(join(root, 'src/api/generated/resolvers.ts'), 'utf8'));
  }, 60_000);
});
