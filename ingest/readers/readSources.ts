import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { UnreachableCaseError } from '../../src/domain/errors.js';
import { formatOf, listInputFiles, type InputFormat } from './listInputFiles.js';
import { readFeed } from './readFeed.js';
import { ioReason } from './readFileBytes.js';
import { readHtml } from './readHtml.js';
import { rejected, type ReadItem } from './readItem.js';
import { readJson } from './readJson.js';
import { readJsonl } from './readJsonl.js';
import { readTxt } from './readTxt.js';

export type { ReadItem } from './readItem.js';

/** Options of readSources. */
export interface ReadOptions {
  /** Told about inputs skipped on purpose (files of unknown type inside a folder). */
  readonly onNote?: (message: string) => void;
  /** What "-" reads; process.stdin by default (tests pass their own stream). */
  readonly stdin?: AsyncIterable<Buffer | string>;
  /**
   * Told the bytes of input consumed so far (stdin included), as reading goes: with the total
   * from measureInputs it gives an ETA. Whole-file formats count when their file is done.
   */
  readonly onProgress?: (bytesRead: number) => void;
}

/**
 * Reads files, folders (recursively, sorted; hidden files skipped, unknown types skipped
 * with a note) and "-" (JSONL on stdin), streaming, one article at a time, in input order.
 * Never throws for a bad input: it yields a `rejected` item naming the source and the reason.
 */
export async function* readSources(inputs: readonly string[], options: ReadOptions = {}): AsyncIterable<ReadItem> {
  let bytesRead = 0;
  const advance = (bytes: number) => {
    bytesRead += bytes;
    options.onProgress?.(bytesRead);
  };
  const readFile = async function* (path: string, format: InputFormat): AsyncIterable<ReadItem> {
    if (format === 'jsonl') return yield* readJsonlFile(path, advance);
    yield* readWholeFile(path, format);
    advance(await stat(path).then((info) => info.size, () => 0));
  };
  for (const input of inputs) {
    if (input === '-') {
      yield* readJsonl(options.stdin ?? (process.stdin as AsyncIterable<Buffer>), 'stdin', advance);
      continue;
    }
    let isFolder: boolean;
    try {
      isFolder = (await stat(input)).isDirectory();
    } catch (error) {
      yield rejected(input, ioReason(error));
      continue;
    }
    if (!isFolder) {
      const format = formatOf(input);
      if (format) yield* readFile(input, format);
      else yield rejected(input, 'unsupported file type (expected .txt, .html, .json, .jsonl, .rss, .atom or .xml)');
      continue;
    }
    for await (const entry of listInputFiles(input)) {
      const format = formatOf(entry.path);
      if (entry.kind === 'unreadable') yield rejected(entry.path, entry.reason);
      else if (entry.kind === 'skipped' || !format) options.onNote?.(`skipped ${entry.path}: ${entry.kind === 'skipped' ? entry.reason : 'unsupported file type'}`);
      else yield* readFile(entry.path, format);
    }
  }
}

function readWholeFile(path: string, format: Exclude<InputFormat, 'jsonl'>): AsyncIterable<ReadItem> {
  switch (format) {
    case 'txt':
      return readTxt(path);
    case 'html':
      return readHtml(path);
    case 'json':
      return readJson(path);
    case 'feed':
      return readFeed(path);
    default:
      throw new UnreachableCaseError(format);
  }
}

async function* readJsonlFile(path: string, onBytes: (bytes: number) => void): AsyncIterable<ReadItem> {
  const stream = createReadStream(path, { highWaterMark: 1 << 20 });
  try {
    yield* readJsonl(stream as AsyncIterable<Buffer>, path, onBytes);
  } catch (error) {
    // An I/O error mid-file (the file vanished, a disk error): lines read so far stand.
    yield rejected(path, ioReason(error));
  } finally {
    stream.destroy();
  }
}
