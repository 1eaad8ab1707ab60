import { describe, expect, it } from 'vitest';
import { headline } from '../../../../ingest/readers/readTxt.js';
import { readSources } from '../../../../ingest/readers/readSources.js';
import { articleId } from '../../../../src/domain/ids.js';
import { readFile } from 'node:fs/promises';

describe('the txt reader', () => {
  it.each<[string, string | null]>([
    ['Lavrov reçoit Diop à Moscou\n\nLe 28 février…', 'Lavrov reçoit Diop à Moscou'],
    ['Lavrov meets Diop?\nBody.', 'Lavrov meets Diop?'],
    ['Le 28 février, une rencontre a eu lieu.\nSuite.', null],
    ['Only one line without a break', null],
    [`${'long '.repeat(50)}\nBody`, null],
  ])('headline of %j is %j', (text, expected) => {
    expect(headline(text)).toBe(expected);
  });

  it('keeps the whole file as text (offsets hold) and derives the id from the text', async () => {
    const path = 'test/fixtures/inputs/folder/lavrov-diop.txt';
    const items = [];
    for await (const item of readSources([path])) items.push(item);
    const raw = await readFile(path, 'utf8');
    expect(items[0]).toMatchObject({ kind: 'article', article: { text: raw, id: articleId(null, null, raw), title: 'Sergueï Lavrov reçoit Abdoulaye Diop à Moscou', published: null, language: null } });
  });
});
