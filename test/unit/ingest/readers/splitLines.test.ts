import { describe, expect, it } from 'vitest';
import { splitLines } from '../../../../ingest/readers/splitLines.js';

async function lines(chunks: string[], max = 100) {
  const out: string[] = [];
  for await (const line of splitLines((async function* () { for (const chunk of chunks) yield Buffer.from(chunk); })(), max)) {
    out.push(line.tooLong ? `${line.number}:TOO LONG ${line.length}` : `${line.number}:${line.bytes.toString()}`);
  }
  return out;
}

describe('splitLines', () => {
  it('splits across chunk boundaries, drops \\r, numbers lines from 1 and keeps a last line without newline', async () => {
    expect(await lines(['ab', 'c\r\nde\n', '\nf'])).toEqual(['1:abc', '2:de', '3:', '4:f']);
  });

  it('skips a line past the limit without buffering it, and goes on with the next', async () => {
    // 20 chunks of 50 bytes: a 1000-byte line against a 100-byte limit.
    const long = Array.from({ length: 20 }, () => 'x'.repeat(50));
    expect(await lines(['ok\n', ...long, '\nnext\n'])).toEqual(['1:ok', '2:TOO LONG 1000', '3:next']);
  });
});
