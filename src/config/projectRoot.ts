import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/**
 * The folder holding diplograph's package.json, found by walking up from this file, so that
 * the same code finds queries/, schema/ and the lexicons whether it runs from src/ or dist/.
 */
export function projectRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) || !existsSync(join(dir, 'queries'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('diplograph: cannot find the project root (package.json beside queries/)');
    dir = parent;
  }
  root = dir;
  return root;
}
