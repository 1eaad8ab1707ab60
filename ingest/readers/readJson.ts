import { articleFromRecord } from './articleFromRecord.js';
import { decodeBytes } from './decodeBytes.js';
import { MAX_DOCUMENT_BYTES } from './inputLimits.js';
import { readFileBytes } from './readFileBytes.js';
import { readJsonl } from './readJsonl.js';
import { rejected, type ReadItem } from './readItem.js';

/**
 * A .json file holds one article object or an array of them; array items have the source
 * "path#N" (1-based). Malformed JSON rejects the file; a bad item rejects only itself. A file
 * of JSON Lines is read as such (sources "path:LINE").
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
    // JSON Lines saved as .json are common; read them line by line rather than reject them.
    if (looksLikeJsonl(decoded.text)) return yield* readJsonl([file.bytes], path);
    return yield rejected(path, `malformed JSON: ${(error as Error).message}`);
  }
  if (!Array.isArray(value)) return yield articleFromRecord(value, path);
  for (let i = 0; i < value.length; i++) yield articleFromRecord(value[i], `${path}#${i + 1}`);
}

/** Whether a text that is not one JSON value is JSON Lines: its first line is a whole object. */
function looksLikeJsonl(text: string): boolean {
  const first = /^\s*(\{[^\n]*\})\s*\r?\n\s*\{/.exec(text)?.[1];
  if (!first) return false;
  try {
    JSON.parse(first);
    return true;
  } catch {
    return false;
  }
}
