import { describe, expect, it } from 'vitest';
import { readJsonl } from '../../../../ingest/readers/readJsonl.js';

describe('readJsonl', () => {
  it('streams: the first article is out after one chunk, whatever the size of the input', async () => {
    let pulled = 0;
    async function* source() {
      for (let i = 0; i < 100_000; i++) {
        pulled++;
        yield Buffer.from(JSON.stringify({ id: `a${i}`, text: 'Le ministre a reçu son homologue.' }) + '\n');
      }
    }
    const items = readJsonl(source(), 'big.jsonl')[Symbol.asyncIterator]();
    const first = await items.next();
    expect(first.value).toMatchObject({ kind: 'article', article: { id: 'a0', source: 'big.jsonl:1' } });
    expect(pulled).toBeLessThanOrEqual(2);
    await items.return?.();
  });

  it.each([
    ['{"id":1,"text":"Numeric id."}', { kind: 'article', article: { id: '1' } }],
    ['{"id":"x","text":42}', { kind: 'rejected', id: 'x', reason: 'invalid article record (text: Invalid input: expected string, received number)' }],
    ['{"id":"x","text":null}', { kind: 'rejected', id: 'x', reason: 'JSON article without text' }],
    ['["not", "an", "object"]', { kind: 'rejected', id: null, reason: 'expected a JSON object with a "text" field, got an array' }],
    ['{"text":"Gold and other keys are ignored.","gold":{"events":[]}}', { kind: 'article' }],
  ])('%s', async (line, expected) => {
    const items = [];
    for await (const item of readJsonl([line + '\n'], 'f.jsonl')) items.push(item);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject(expected);
  });
});
