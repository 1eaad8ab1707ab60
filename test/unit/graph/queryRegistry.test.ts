import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadQueryTexts, QUERIES, queriesDir } from '../../../src/graph/queryRegistry.js';

const files = readdirSync(queriesDir()).filter((f) => f.endsWith('.cypher'));

/** The `$names` a Cypher text uses, comments excluded. */
function parameterNames(cypher: string): string[] {
  const code = cypher.split('\n').filter((l) => !l.trim().startsWith('//')).join('\n');
  return [...new Set([...code.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1] as string))].sort();
}

describe('query registry', () => {
  it('loads every file and every declaration', () => {
    expect(loadQueryTexts().size).toBe(Object.keys(QUERIES).length);
  });

  it.each(files)('%s is declared with exactly the parameters it uses', (file) => {
    const name = file.replace(/\.cypher$/, '') as keyof typeof QUERIES;
    const spec = QUERIES[name];
    expect(spec, `${file} has no declaration`).toBeDefined();
    expect([...spec.params].sort()).toEqual(parameterNames(readFileSync(join(queriesDir(), file), 'utf8')));
  });

  it.each(files)('%s starts with a comment saying what it answers', (file) => {
    expect(readFileSync(join(queriesDir(), file), 'utf8').trimStart().startsWith('//')).toBe(true);
  });
});
