import { readdir } from 'node:fs/promises';
import { extname, join } from 'node:path';

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

/** A file found under a folder: readable, or skipped with a note saying why. */
export type ListedFile = { readonly path: string; readonly skipped: string | null };

/**
 * Every file under `folder`, recursively, in a stable order (names sorted by code point at
 * each level, so runs and ids come out the same on every machine). Hidden files and folders
 * (".name") are left out silently; files of unknown type are listed with a `skipped` reason.
 */
export async function* listInputFiles(folder: string): AsyncIterable<ListedFile> {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* listInputFiles(path);
    else if (entry.isFile()) yield { path, skipped: formatOf(path) ? null : `unsupported file type "${extname(entry.name) || entry.name}"` };
  }
}
