import { stat } from 'node:fs/promises';
import { formatOf, listInputFiles } from './listInputFiles.js';

/**
 * Total bytes readSources will read from these inputs (the files it would open, found the
 * same way), or null when the total cannot be known ahead ("-": stdin). Missing inputs count 0.
 */
export async function measureInputs(inputs: readonly string[]): Promise<number | null> {
  if (inputs.includes('-')) return null;
  let total = 0;
  const sizeOf = (path: string) => stat(path).then((info) => info.size, () => 0);
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (!info) continue;
    if (!info.isDirectory()) {
      if (formatOf(input)) total += info.size;
      continue;
    }
    for await (const entry of listInputFiles(input)) if (entry.kind === 'file') total += await sizeOf(entry.path);
  }
  return total;
}
