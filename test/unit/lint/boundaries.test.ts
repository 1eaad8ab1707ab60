import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The module boundaries of STYLE.md §1 are enforced by lint; this checks that the lint config
// really refuses a wrong-direction import and a library used outside its owner.
const eslint = new ESLint({ cwd: process.cwd() });

async function rulesBroken(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('module boundaries', () => {
  it.each([
    ['src/domain/wrong.ts', "import { runQuery } from '../graph/runQuery.js';\nexport const x = runQuery;\n"],
    ['src/graph/wrong.ts', "import { serve } from '../cli/serveCommand.js';\nexport const x = serve;\n"],
    ['src/api/wrong.ts', "import { runIngest } from '../../ingest/runIngest.js';\nexport const x = runIngest;\n"],
    ['ingest/wrong.ts', "import { startApiServer } from '../src/api/createApiServer.js';\nexport const x = startApiServer;\n"],
  ])('%s may not import that', async (file, code) => {
    expect(await rulesBroken(file, code)).toContain('import-x/no-restricted-paths');
  }, 60_000);

  it.each([
    ['src/api/wrong.ts', "import neo4j from 'neo4j-driver';\nexport const x = neo4j;\n"],
    ['src/graph/wrong.ts', "import nlp from 'compromise';\nexport const x = nlp;\n"],
  ])('%s may not use that library', async (file, code) => {
    expect(await rulesBroken(file, code)).toContain('no-restricted-imports');
  }, 60_000);

  it('allows the CLI to compose everything', async () => {
    const code = "import { runIngest } from '../../ingest/runIngest.js';\nimport { serve } from './serveCommand.js';\nexport const x = [runIngest, serve];\n";
    expect(await rulesBroken('src/cli/composed.ts', code)).toEqual([]);
  }, 60_000);
});
