import { articleFromRecord } from './articleRecord.js';
import { decodeBytes } from './decodeBytes.js';
import { MAX_DOCUMENT_BYTES } from './inputLimits.js';
import { readFileBytes } from './readFileBytes.js';
import { rejected, type ReadItem } from './readItem.js';

/**
 * A .json file holds one article object or an array of them; array items have the source
 * "path#N" (1-based). Malformed JSON rejects the file; a bad item rejects only itself.
 */
export async function* readJson(path: string): AsyncIterable<ReadItem> {
  const file = await readFileBytes(path, MAX_DOCUMENT_BYTES, 'JSON file too large to parse whole; use .jsonl');
  if (!file.ok) return yield rejected(path, file.reason);
  const decoded = decodeBytes(file.bytes);
  if (!decoded.ok) return yield rejected(path, decoded.reason);
  let value: unknown;
  try {
    value = JSON.parse(decoded.text);
  } catch (error) {
    return yield rejected(path, `malformed JSON: ${(error as Error).message}`);
  }
  if (!Array.isArray(value)) return yield articleFromRecord(value, path);
  for (let i = 0; i < value.length; i++) yield articleFromRecord(value[i], `${path}#${i + 1}`);
}
