import { articleFromRecord } from './articleFromRecord.js';
import { decodeBytes } from './decodeBytes.js';
import { formatMegabytes, MAX_JSONL_LINE_BYTES } from './inputLimits.js';
import { rejected, type ReadItem } from './readItem.js';
import { splitLines } from './splitLines.js';

/**
 * Streams JSONL (one article object per line) from a byte stream, one line in memory at a
 * time, so a 1 GB file reads in flat memory. `label` names the input: items have the source
 * "label:LINE". Blank lines are skipped; a bad line is rejected and the next ones go on.
 * `onBytes` is told the bytes each line took, as it is read (for progress).
 */
export async function* readJsonl(
  chunks: AsyncIterable<Buffer | string> | Iterable<Buffer | string>,
  label: string,
  onBytes?: (bytes: number) => void,
): AsyncIterable<ReadItem> {
  for await (const line of splitLines(chunks, MAX_JSONL_LINE_BYTES)) {
    onBytes?.(line.size);
    const source = `${label}:${line.number}`;
    if (line.tooLong) {
      yield rejected(source, `line of ${formatMegabytes(line.length)} is longer than ${formatMegabytes(MAX_JSONL_LINE_BYTES)}: article too large`);
      continue;
    }
    if (line.bytes.length === 0 || isBlank(line.bytes)) continue;
    const decoded = decodeBytes(line.bytes);
    if (!decoded.ok) {
      yield rejected(source, decoded.reason);
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(decoded.text);
    } catch (error) {
      yield rejected(source, `malformed JSON: ${(error as Error).message}`);
      continue;
    }
    yield articleFromRecord(value, source);
  }
}

function isBlank(bytes: Buffer): boolean {
  for (const byte of bytes) if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0d) return false;
  return true;
}
