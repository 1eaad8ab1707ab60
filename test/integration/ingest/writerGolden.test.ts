import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../../../src/domain/ids.js';
import type { ExtractedArticle } from '../../../ingest/writer/planBatch.js';
import { writeExtractions } from '../../../ingest/writer/writeExtractions.js';
import { dumpGraph } from '../../helpers/graphDump.js';
import { useGraph } from '../../helpers/graph.js';
import { writerCorpus } from '../../helpers/writerCorpus.js';

// The writer's result on a fixed set of extractions, pinned: the graph it writes (every node
// and relationship with every property but the clock's) is compared with the one the writer
// wrote when the pin was taken (issue 14: making the writer cheaper must not change the graph).
// The pin holds the dump's hash and counts; when it no longer matches, the dump is written
// beside it (.actual.txt) to diff against the one written with UPDATE_WRITER_GOLDEN=1 from
// the writer it should equal.
const GOLDEN = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/writer/writerGolden.json');
const BATCH = 40;

interface Pin {
  readonly lines: number;
  readonly sha256: string;
  readonly counts: Record<string, number>;
}

function pinOf(dump: readonly string[]): Pin {
  const counts: Record<string, number> = {};
  for (const line of dump) {
    const key = line.split(' ', 2).join(' ');
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return { lines: dump.length, sha256: sha256(dump.join('\n')), counts };
}

async function writeInBatches(articles: readonly ExtractedArticle[]): Promise<void> {
  for (let i = 0; i < articles.length; i += BATCH) await writeExtractions(articles.slice(i, i + BATCH));
}

/** Compares with the pin named `name`, or records it when UPDATE_WRITER_GOLDEN is set. */
function expectPinned(name: string, dump: readonly string[]): void {
  const pins = existsSync(GOLDEN) ? (JSON.parse(readFileSync(GOLDEN, 'utf8')) as Record<string, Pin>) : {};
  const pin = pinOf(dump);
  const path = GOLDEN.replace(/\.json$/, `.${name}`);
  if (process.env.UPDATE_WRITER_GOLDEN) {
    mkdirSync(dirname(GOLDEN), { recursive: true });
    writeFileSync(GOLDEN, JSON.stringify({ ...pins, [name]: pin }, null, 2) + '\n');
    writeFileSync(`${path}.expected.txt`, dump.join('\n') + '\n');
    return;
  }
  if (pins[name]?.sha256 !== pin.sha256) writeFileSync(`${path}.actual.txt`, dump.join('\n') + '\n');
  expect(pin).toEqual(pins[name]);
}

describe('the writer on a fixed set of extractions', () => {
  useGraph();
  const articles = writerCorpus(240);

  it('writes the graph it wrote when pinned, and writing it again changes nothing', async () => {
    await writeInBatches(articles);
    const first = await dumpGraph();
    expectPinned('first-write', first);
    await writeInBatches(articles);
    expect(await dumpGraph()).toEqual(first);
  });

  it('re-derives every article (a new extractor version) into the graph it did when pinned', async () => {
    await writeInBatches(articles);
    const again = articles.map((a) => ({ ...a, extraction: { ...a.extraction, extractorVersion: 'test-2' } }));
    await writeInBatches(again);
    const rederived = await dumpGraph();
    expectPinned('rederived', rederived);
    await writeInBatches(again);
    expect(await dumpGraph()).toEqual(rederived);
  });
});
