import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../src/config/projectRoot.js';

/**
 * A path in ../shared, the course's data beside the clone (the dev set, its scorer, the seed
 * article). CI has it; a user's clone has only the repository.
 */
export function sharedPath(...parts: string[]): string {
  return join(projectRoot(), '..', 'shared', ...parts);
}

/**
 * True when ../shared/`folder` does not exist, after printing one line naming it and `what` is
 * not run; for `describe.skipIf(withoutShared('eval', 'dev-set score'))`. When the folder
 * exists it prints nothing and the tests run as in CI (a missing file inside it still fails).
 */
export function withoutShared(folder: string, what: string): boolean {
  if (existsSync(sharedPath(folder))) return false;
  console.warn(`skipped: ../shared/${folder} not found — ${what} not run`);
  return true;
}
