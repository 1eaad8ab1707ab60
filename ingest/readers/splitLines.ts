/**
 * One line of a byte stream: its 1-based number and bytes (no newline), or `tooLong`.
 * `size` is the bytes it took in the stream, newline included (for progress).
 */
export type Line =
  | { readonly number: number; readonly size: number; readonly tooLong: false; readonly bytes: Buffer }
  | { readonly number: number; readonly size: number; readonly tooLong: true; readonly length: number };

/**
 * Splits a byte stream into lines ("\n" or "\r\n") without decoding it, so that one line of
 * invalid UTF-8 spoils only itself. A line past `maxLineBytes` is skipped to its end without
 * being buffered and reported as `tooLong`: memory stays bounded whatever the input.
 */
export async function* splitLines(chunks: AsyncIterable<Buffer | string> | Iterable<Buffer | string>, maxLineBytes: number): AsyncIterable<Line> {
  let parts: Buffer[] = [];
  let pending = 0;
  let skipping = false;
  let number = 0;
  const take = (newline: number): Line => {
    number++;
    if (skipping) {
      const line: Line = { number, size: pending + newline, tooLong: true, length: pending };
      parts = [];
      pending = 0;
      skipping = false;
      return line;
    }
    let bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts, pending);
    if (bytes.length > 0 && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    const size = pending + newline;
    parts = [];
    pending = 0;
    return { number, size, tooLong: false, bytes };
  };
  const add = (piece: Buffer) => {
    pending += piece.length;
    if (skipping) return;
    if (pending > maxLineBytes) {
      skipping = true;
      parts = [];
      return;
    }
    if (piece.length > 0) parts.push(piece);
  };
  for await (const chunk of chunks) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let start = 0;
    for (let end = buffer.indexOf(0x0a, start); end !== -1; end = buffer.indexOf(0x0a, start)) {
      add(buffer.subarray(start, end));
      yield take(1);
      start = end + 1;
    }
    add(buffer.subarray(start));
  }
  if (pending > 0 || parts.length > 0) yield take(0);
}
