import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../../ingest/extract/extractArticle.js';
import { loadLexicons, type Lexicons } from '../../../ingest/lexicons/loadLexicons.js';
import type { ExtractedArticle } from '../../../ingest/writer/planBatch.js';
import { writeExtractions } from '../../../ingest/writer/writeExtractions.js';
import type { Article } from '../../../src/domain/article.js';
import { checkGraph } from '../../../src/graph/checkGraph.js';
import { runQuery } from '../../../src/graph/runQuery.js';
import { useGraph } from '../../helpers/graph.js';
import { sharedPath, withoutShared } from '../../helpers/sharedData.js';

// Issue 10: the seed meeting (../shared/corpus/seed, French, "Le 28 février", no publication
// date) and an English wire report of the same talks become one event. The wire report is
// written for this test: it names both ministers by nationality adjective and office, says the
// talks came before a press conference, and dates them only "28 February".
const WIRE_REPORT =
  'MOSCOW, Feb 28 (Diplograph Wire) - Russian Foreign Minister Sergei Lavrov held talks with Malian Foreign Minister Abdoulaye Diop in Moscow on 28 February, before the two ministers addressed a joint press conference.\n\n' +
  'The ministers discussed energy, geological exploration and transport infrastructure, as well as security in the Sahel, Lavrov told reporters after the talks.\n\n' +
  'Diop thanked Russia for its humanitarian assistance to Mali.';

let lexicons: Lexicons;
beforeAll(() => {
  lexicons = loadLexicons();
});

function extracted(id: string, text: string, language: string | null): ExtractedArticle {
  const article: Article = { id, url: null, title: null, published: null, language, author: null, source: id, text };
  return { extraction: extractArticle(article, lexicons), text };
}

describe.skipIf(withoutShared('corpus/seed', 'seed and wire report as one event'))('the seed meeting and a wire report of the same talks', () => {
  useGraph();

  it.each([['the wire report'], ['the seed']])('are one meeting event with two sources when %s is ingested first', async (first) => {
    const seedDir = sharedPath('corpus', 'seed');
    const seedFile = readdirSync(seedDir).find((f) => f.endsWith('.txt')) as string;
    const seed = extracted('seed', readFileSync(join(seedDir, seedFile), 'utf8'), null);
    const wire = extracted('wire', WIRE_REPORT, 'en');
    for (const x of [seed, wire]) expect(x.extraction.events.map((e) => `${e.type} ${e.date} ${e.countries.join('-')}`)).toEqual(['meeting --02-28 ML-RU']);

    const order = first === 'the seed' ? [seed, wire] : [wire, seed];
    for (const x of order) await writeExtractions([x]);
    const ids = (await runQuery('events.ids-after', { after: null, limit: neo4j.int(10) })).map((r) => r.id);
    expect(ids).toHaveLength(1);
    const counts = Object.fromEntries((await runQuery('graph.counts', {})).map((r) => [`${r.kind}:${r.name}`, r.count]));
    expect(counts['relationship:REPORTED_IN']).toBe(2);
    // "Sergei Lavrov" and "Sergey Lavrov" are one person: the event has two participants.
    expect(counts['relationship:PARTICIPATED_IN']).toBe(2);
    expect(await checkGraph()).toEqual([]);
  });
});
