import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { PassThrough, Readable } from 'node:stream';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { EXIT_OK, EXIT_SOME_FAILED, runExtract, type ExtractIo } from '../../../src/cli/extractCommand.js';
import type { Lexicons } from '../../../ingest/lexicons/loadLexicons.js';
import type { Article } from '../../../src/domain/article.js';
import type { Extraction } from '../../../src/domain/extraction.js';

const FIXTURES = 'test/fixtures/inputs';

/** Stands in for the extractor where a test is about the command's handling, not extraction. */
const emptyExtraction = (article: Article): Extraction => ({
  ...article,
  extractorVersion: 'test',
  contentHash: '',
  persons: [],
  countries: [],
  organizations: [],
  places: [],
  topics: [],
  events: [],
  warnings: [],
});
const noLexicons = {} as Lexicons;

/** Runs extract with captured streams; the extractor is the real one unless a test swaps it. */
async function run(inputs: string[], options: { jsonl: boolean }, io: Partial<ExtractIo> = {}) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (chunk: Buffer) => out.push(chunk));
  stderr.on('data', (chunk: Buffer) => err.push(chunk));
  const summary = await runExtract(inputs, options, { ...io, stdout, stderr });
  return { summary, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() };
}

// Loading the lexicons and spawning node take seconds when the 2-core machine is busy.
describe('diplograph extract', { timeout: 30_000 }, () => {
  it('prints one JSON object per good article, names each bad input on stderr, and exits 2', async () => {
    const { summary, stdout, stderr } = await run([`${FIXTURES}/folder`, `${FIXTURES}/bad`], { jsonl: true });
    const printed = stdout.trim().split('\n').map((line) => JSON.parse(line) as Extraction);
    expect(printed.map((extraction) => extraction.id)).toContain('json-1');
    expect(printed).toHaveLength(9);
    for (const extraction of printed) expect(extraction).toMatchObject({ events: expect.any(Array), persons: expect.any(Array), countries: expect.any(Array) });
    for (const bad of ['empty.txt', 'binary.txt', 'latin1.txt', 'no-body.html', 'no-text.json', 'malformed.json']) {
      expect(stderr).toMatch(new RegExp(`^rejected ${FIXTURES}/bad/${bad.replace('.', '\\.')}.*: .+$`, 'm'));
    }
    expect(stderr).toMatch(/^rejected .*articles\.jsonl:3 \(id l2\): JSON article without text$/m);
    expect(summary).toMatchObject({ extracted: 9, rejected: 11, failed: 0, exitCode: EXIT_SOME_FAILED });
  });

  it('exits 0 when every input is extracted, and prints indented JSON without --jsonl', async () => {
    const { summary, stdout } = await run([`${FIXTURES}/folder/article.json`], { jsonl: false });
    expect(summary.exitCode).toBe(EXIT_OK);
    expect(stdout).toMatch(/^\{\n {2}"id": "json-1",/);
    expect((JSON.parse(stdout) as Extraction).id).toBe('json-1');
  });

  it('goes on after the extractor throws on one article, naming it, and exits non-zero', async () => {
    const lexicons = noLexicons;
    const extract: ExtractIo['extract'] = (article) => {
      if (article.id === 'l1') throw new Error('boom');
      return emptyExtraction(article);
    };
    const { summary, stdout, stderr } = await run(['-'], { jsonl: true }, {
      extract,
      lexicons,
      stdin: Readable.from(['{"id":"l1","text":"Premier."}\n{"id":"l2","text":"Second."}\n']),
    });
    expect(stderr).toMatch(/^failed l1 \(stdin:1\): extractor error: boom$/m);
    expect(stdout.trim().split('\n').map((line) => (JSON.parse(line) as Extraction).id)).toEqual(['l2']);
    expect(summary).toMatchObject({ extracted: 1, failed: 1, exitCode: EXIT_SOME_FAILED });
  });

  it('reports extraction warnings on stderr with the article id', async () => {
    const extract: ExtractIo['extract'] = (article) => ({ ...emptyExtraction(article), warnings: [{ code: 'LANGUAGE_UNSUPPORTED', message: 'events not attempted' }] });
    const { summary, stderr } = await run([`${FIXTURES}/folder/article.json`], { jsonl: true }, { extract, lexicons: noLexicons });
    expect(stderr).toMatch(/^warning json-1 \(.*article\.json\): LANGUAGE_UNSUPPORTED: events not attempted$/m);
    expect(summary.exitCode).toBe(EXIT_OK);
  });

  // The built command end to end, when `npm run build` has run (scripts/test.sh builds first).
  it.runIf(existsSync('dist/src/cli/extractCommand.js'))('bin/diplograph.js extract exits 2 and names bad inputs', async () => {
    const result = await promisify(execFile)('node', ['bin/diplograph.js', 'extract', '--jsonl', `${FIXTURES}/folder/article.json`, `${FIXTURES}/bad/binary.txt`]).then(
      () => ({ code: 0, stdout: '', stderr: '' }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout.trim()).id).toBe('json-1');
    expect(result.stderr).toContain(`rejected ${FIXTURES}/bad/binary.txt: binary data`);
  });
});
