import { readFile, stat } from 'node:fs/promises';
import { formatMegabytes } from './inputLimits.js';

/** A whole file's bytes, or why they could not be read. */
export type FileBytes = { readonly ok: true; readonly bytes: Buffer } | { readonly ok: false; readonly reason: string };

/**
 * Reads a whole file unless it is larger than `maxBytes` (checked before reading, so a huge
 * file costs nothing). I/O errors become reasons ("permission denied"), never throws.
 */
export async function readFileBytes(path: string, maxBytes: number, tooLargeReason: string): Promise<FileBytes> {
  try {
    const info = await stat(path);
    if (info.size > maxBytes) return { ok: false, reason: `${tooLargeReason} (${formatMegabytes(info.size)})` };
    return { ok: true, bytes: await readFile(path) };
  } catch (error) {
    return { ok: false, reason: ioReason(error) };
  }
}

/** A short reason for a file-system error ("no such file or directory"). */
export function ioReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    default:
      return `cannot read: ${error instanceof Error ? error.message : String(error)}`;
  }
}
