import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeExtractions } from '../../../ingest/writer/writeExtractions.js';
import { article, encounter } from '../../helpers/extractionFixtures.js';
import { useGraph } from '../../helpers/graph.js';
import { createTestApi, diop, lavrov, seedSmallGraph, type TestApi } from '../../helpers/apiGraph.js';

// Fields the web explorer needs that the API lacked (issue 11): Country.isoNumeric for the
// world map, Source.excerpt for the quote highlighted in its article.

useGraph();
let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(async () => {
  await api.server.stop();
});

const TEXT = 'Moscow, 28 Feb. Diplomacy was busy.\n\nLavrov received Diop in Moscow on Wednesday. They spoke of grain.\n\nOther news followed.';
const QUOTE = 'Lavrov received Diop in Moscow on Wednesday.';

async function seedQuotedMeeting(): Promise<void> {
  const start = TEXT.indexOf(QUOTE);
  const meeting = { ...encounter('meeting', '2024-02-28', [lavrov, diop]), evidence: [{ start, end: start + QUOTE.length, quote: QUOTE }] };
  await writeExtractions([article('quoted-1', { persons: [lavrov, diop], events: [meeting], published: '2024-02-29', text: TEXT })]);
}

const EXCERPTS = `query($context: Int) { meetings(first: 5) { edges { node { sources { quote excerpt(context: $context) { before quote after } } } } } }`;

describe('Source.excerpt', () => {
  it('gives the quote as it stands in the article, with the text around it cut at boundaries', async () => {
    await seedQuotedMeeting();
    const result = await api.run(EXCERPTS, { context: 300 });
    expect(result.errors).toBeUndefined();
    const sources = (result.data as { meetings: { edges: { node: { sources: { excerpt: unknown }[] } }[] } }).meetings.edges[0]?.node.sources;
    expect(sources?.[0]?.excerpt).toEqual({
      before: 'Moscow, 28 Feb. Diplomacy was busy.\n\n',
      quote: QUOTE,
      after: ' They spoke of grain.\n\nOther news followed.',
    });
  });

  it('cuts a short context at a boundary, never mid-word, and marks the cut', async () => {
    await seedQuotedMeeting();
    const result = await api.run(EXCERPTS, { context: 12 });
    const excerpt = (result.data as { meetings: { edges: { node: { sources: { excerpt: { before: string; after: string } }[] } }[] } }).meetings.edges[0]?.node.sources[0]?.excerpt;
    expect(excerpt?.before).toBe('… ');
    expect(excerpt?.after).toBe(' They spoke …');
  });

  it('is null when the offsets do not point at the quote in the stored text', async () => {
    await seedSmallGraph();
    const result = await api.run(EXCERPTS, { context: 300 });
    expect(result.errors).toBeUndefined();
    const all = (result.data as { meetings: { edges: { node: { sources: { excerpt: unknown }[] } }[] } }).meetings.edges.flatMap((e) => e.node.sources);
    expect(all.length).toBeGreaterThan(0);
    expect(all.every((s) => s.excerpt === null)).toBe(true);
  });

  it('refuses a context out of range', async () => {
    await seedQuotedMeeting();
    const result = await api.run(EXCERPTS, { context: 5000 });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('reads the texts of a whole page in one query', async () => {
    await seedSmallGraph();
    await seedQuotedMeeting();
    const names: string[] = [];
    await api.run(EXCERPTS, { context: 100 }, { onQuery: (name) => names.push(name) });
    expect(names.filter((n) => n === 'articles.texts')).toHaveLength(1);
  });
});

describe('Country.isoNumeric', () => {
  it('gives the ISO numeric code of a country and of its partners', async () => {
    await seedSmallGraph();
    const result = await api.run(`{ country(code: "ML") { isoNumeric partners { country { code isoNumeric } } } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ country: { isoNumeric: '466', partners: [{ country: { code: 'RU', isoNumeric: '643' } }, { country: { code: 'BF', isoNumeric: '854' } }] } });
  });
});
