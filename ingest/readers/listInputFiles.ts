import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { ioReason } from './readFileBytes.js';

/** File extensions readers handle, each with its format. `.xml` is read as a feed. */
export const FORMAT_BY_EXTENSION = {
  '.txt': 'txt',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.rss': 'feed',
  '.atom': 'feed',
  '.xml': 'feed',
} as const;

/** An input format a reader handles. */
export type InputFormat = (typeof FORMAT_BY_EXTENSION)[keyof typeof FORMAT_BY_EXTENSION];

/** The format of a file from its extension (case-insensitive), or null when unsupported. */
export function formatOf(path: string): InputFormat | null {
  const extension = extname(path).toLowerCase();
  return Object.hasOwn(FORMAT_BY_EXTENSION, extension) ? FORMAT_BY_EXTENSION[extension as keyof typeof FORMAT_BY_EXTENSION] : null;
}

/**
 * An entry found under a folder: a file to read, a file skipped on purpose (unknown type,
 * symlinked folder) with the reason, or a folder that could not be listed with the reason.
 */
export type ListedFile =
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'skipped'; readonly path: string; readonly reason: string }
  | { readonly kind: 'unreadable'; readonly path: string; readonly reason: string };

/**
 * Every file under `folder`, recursively, in a stable order (names sorted by code point at
 * each level, so runs and ids come out the same on every machine). Hidden files and folders
 * (".name") are left out silently; symlinked files are followed, symlinked folders are not
 * (they can loop). Never throws: an unlistable folder is an `unreadable` entry.
 */
export async function* listInputFiles(folder: string): AsyncIterable<ListedFile> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    return yield { kind: 'unreadable', path: folder, reason: ioReason(error) };
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      const target = await stat(path).catch(() => null);
      if (!target) {
        yield { kind: 'unreadable', path, reason: 'broken symbolic link' };
        continue;
      }
      if (target.isDirectory()) {
        yield { kind: 'skipped', path, reason: 'symbolic link to a folder (not followed)' };
        continue;
      }
      isFile = target.isFile();
    }
    if (entry.isDirectory()) yield* listInputFiles(path);
    else if (isFile) {
      yield formatOf(path) ? { kind: 'file', path } : { kind: 'skipped', path, reason: `unsupported file type "${extname(entry.name) || entry.name}"` };
    }
  }
}
