import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../../../src/domain/article.js';
import { MAX_ARTICLE_BYTES } from '../../../../ingest/readers/inputLimits.js';
import { measureInputs } from '../../../../ingest/readers/measureInputs.js';
import { readSources, type ReadItem } from '../../../../ingest/readers/readSources.js';

const FIXTURES = 'test/fixtures/inputs';

async function readAll(inputs: string[], stdin?: string): Promise<{ items: ReadItem[]; notes: string[] }> {
  const notes: string[] = [];
  const items: ReadItem[] = [];
  const options = { onNote: (note: string) => notes.push(note), ...(stdin === undefined ? {} : { stdin: Readable.from([Buffer.from(stdin)]) }) };
  for await (const item of readSources(inputs, options)) items.push(item);
  return { items, notes };
}

const articles = (items: ReadItem[]): Article[] => items.flatMap((item) => (item.kind === 'article' ? [item.article] : []));
const rejections = (items: ReadItem[]) => items.flatMap((item) => (item.kind === 'rejected' ? [item] : []));

describe('readSources over a folder', () => {
  it('reads every supported file recursively, in sorted order, skipping hidden files and noting unknown types', async () => {
    const { items, notes } = await readAll([`${FIXTURES}/folder`]);
    const sources = items.map((item) => (item.kind === 'article' ? item.article.source : item.source));
    expect(sources).toEqual([...sources].sort());
    expect(sources.some((source) => source.includes('.hidden'))).toBe(false);
    expect(notes).toEqual([`skipped ${FIXTURES}/folder/README.md: unsupported file type ".md"`]);
    expect(articles(items).map((article) => article.source)).toEqual([
      `${FIXTURES}/folder/article.json`,
      `${FIXTURES}/folder/articles.jsonl:1`,
      `${FIXTURES}/folder/articles.jsonl:4`,
      `${FIXTURES}/folder/feed.atom#1`,
      `${FIXTURES}/folder/feed.atom#2`,
      `${FIXTURES}/folder/feed.rss#1`,
      `${FIXTURES}/folder/feed.rss#2`,
      `${FIXTURES}/folder/lavrov-diop.txt`,
      `${FIXTURES}/folder/meeting.html`,
    ]);
  });

  it('rejects bad lines and items by source while the rest of the file goes on', async () => {
    const { items } = await readAll([`${FIXTURES}/folder`]);
    expect(rejections(items).map(({ source, id, reason }) => ({ source, id, reason: reason.split(':')[0] }))).toEqual([
      { source: `${FIXTURES}/folder/articles.jsonl:3`, id: 'l2', reason: 'JSON article without text' },
      { source: `${FIXTURES}/folder/articles.jsonl:5`, id: null, reason: 'malformed JSON' },
      { source: `${FIXTURES}/folder/feed.rss#3`, id: 'wire-1236', reason: 'feed item without content' },
    ]);
  });
});

describe('readSources on bad input', () => {
  it.each([
    ['empty.txt', 'empty text'],
    ['blank.txt', 'empty text'],
    ['binary.txt', 'binary data'],
    ['latin1.txt', 'invalid UTF-8'],
    ['no-body.html', 'HTML without body text'],
    ['no-text.json', 'JSON article without text'],
    ['malformed.json', 'malformed JSON'],
    ['not-a-feed.xml', 'not an RSS or Atom feed'],
  ])('%s is rejected: %s', async (file, reason) => {
    const { items } = await readAll([`${FIXTURES}/bad/${file}`]);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ kind: 'rejected', source: `${FIXTURES}/bad/${file}` });
    expect((items[0] as { reason: string }).reason).toContain(reason);
  });

  it('names a missing path and an unsupported file given explicitly, and goes on to the next input', async () => {
    const { items } = await readAll(['no/such/file.txt', `${FIXTURES}/folder/README.md`, `${FIXTURES}/folder/article.json`]);
    expect(items.map((item) => item.kind)).toEqual(['rejected', 'rejected', 'article']);
    expect(items[0]).toMatchObject({ source: 'no/such/file.txt', reason: 'no such file or directory' });
    expect((items[1] as { reason: string }).reason).toContain('unsupported file type');
  });

  describe('articles over 5 MB', () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'diplograph-readers-'));
      const big = 'Le ministre a reçu son homologue à Bamako. '.repeat(Math.ceil((MAX_ARTICLE_BYTES + 1000) / 40));
      await writeFile(join(dir, 'big.txt'), big);
      await writeFile(join(dir, 'big.jsonl'), JSON.stringify({ id: 'big', text: big }) + '\n' + JSON.stringify({ id: 'small', text: 'Un texte court mais valide.' }) + '\n');
      await writeFile(join(dir, 'big.json'), JSON.stringify([{ id: 'big', text: big }, { id: 'small', text: 'Un texte court.' }]));
    });
    afterAll(() => rm(dir, { recursive: true, force: true }));

    it.each(['big.txt', 'big.jsonl', 'big.json'])('%s: the big article is rejected with its size, the small one is read', async (file) => {
      const { items } = await readAll([join(dir, file)]);
      const big = rejections(items);
      expect(big).toHaveLength(1);
      expect(big[0]!.reason).toMatch(/article larger than 5\.0 MB/);
      if (file !== 'big.txt') expect(articles(items).map((article) => article.id)).toEqual(['small']);
    });
  });
});

describe('readSources on stdin', () => {
  it('reads "-" as JSONL with stdin:LINE sources', async () => {
    const { items } = await readAll(['-'], '{"id":"a","text":"Premier article."}\r\n\n{"text":""}\n{"id":"c","text":"Third one","published":"2025-03-01T23:00:00-05:00"}');
    expect(items.map((item) => (item.kind === 'article' ? item.article.source : `${item.source} ${item.reason}`))).toEqual([
      'stdin:1',
      'stdin:3 empty text',
      'stdin:4',
    ]);
    expect(articles(items)[1]).toMatchObject({ id: 'c', published: '2025-03-01', text: 'Third one' });
  });

  it('rejects one line of invalid UTF-8 and keeps the others', async () => {
    const bytes = Buffer.concat([Buffer.from('{"id":"ok","text":"Bonjour"}\n{"id":"bad","text":"re'), Buffer.from([0xe7, 0x75]), Buffer.from('"}\n{"id":"ok2","text":"Hola"}\n')]);
    const items: ReadItem[] = [];
    for await (const item of readSources(['-'], { stdin: Readable.from([bytes]) })) items.push(item);
    expect(items.map((item) => item.kind)).toEqual(['article', 'rejected', 'article']);
    expect(items[1]).toMatchObject({ source: 'stdin:2', reason: 'invalid UTF-8 text' });
  });
});

describe('readSources on a .json file holding JSON Lines', () => {
  it('reads it line by line instead of rejecting it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'diplograph-readers-'));
    try {
      await writeFile(join(dir, 'lines.json'), '{"id":"a","text":"Premier."}\n{"id":"b"}\n{"id":"c","text":"Troisième."}\n');
      const { items } = await readAll([join(dir, 'lines.json')]);
      expect(items.map((item) => (item.kind === 'article' ? item.article.id : `rejected ${item.source.split(':').pop()}`))).toEqual(['a', 'rejected 2', 'c']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('readSources on symbolic links inside a folder', () => {
  it('follows links to files, notes links to folders (they can loop) and rejects broken links', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'diplograph-readers-'));
    try {
      await mkdir(join(dir, 'in'));
      await writeFile(join(dir, 'real.txt'), 'Un article lié.');
      await symlink(join(dir, 'real.txt'), join(dir, 'in', 'a-link.txt'));
      await symlink(dir, join(dir, 'in', 'b-loop'));
      await symlink(join(dir, 'missing.txt'), join(dir, 'in', 'c-broken.txt'));
      const { items, notes } = await readAll([join(dir, 'in')]);
      expect(items.map((item) => (item.kind === 'article' ? item.article.text : `${item.source} ${item.reason}`))).toEqual([
        'Un article lié.',
        `${join(dir, 'in', 'c-broken.txt')} broken symbolic link`,
      ]);
      expect(notes).toEqual([`skipped ${join(dir, 'in', 'b-loop')}: symbolic link to a folder (not followed)`]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('readSources progress', () => {
  it('reports bytes read, growing, up to the total measureInputs announced', async () => {
    const inputs = [`${FIXTURES}/folder`, `${FIXTURES}/bad/no-text.json`];
    const total = await measureInputs(inputs);
    const seen: number[] = [];
    const items = readSources(inputs, { onProgress: (bytes) => seen.push(bytes) });
    for await (const item of items) expect(item.kind).toMatch(/^(article|rejected)$/);
    expect(total).toBeGreaterThan(4000);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.at(-1)).toBe(total);
    expect(await measureInputs(['-', `${FIXTURES}/folder`])).toBeNull();
  });
});
