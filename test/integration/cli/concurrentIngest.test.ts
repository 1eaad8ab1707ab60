import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../bench/generateCorpus.js';
import { loadConfig } from '../../../src/config/config.js';
import { runQuery } from '../../../src/graph/runQuery.js';
import { writeJsonlRecords } from '../../helpers/articleFiles.js';
import { graphSnapshot, useGraph } from '../../helpers/graph.js';

const ingest = (file: string, uri: string) =>
  promisify(execFile)('node', ['bin/diplograph.js', 'ingest', file, '--batch-size', '10', '--threads', '1', '--rejects', '/dev/null'], {
    env: { ...process.env, NEO4J_URI: uri, LOG_LEVEL: 'warn' },
  });

// Synthetic news with several reports per meeting, and forty meetings each reported in French
// to one process and in English, with another spelling of a name and a date a day later, to the
// other: which event and person a report joins depends on what the graph holds, so without the
// ingest lock both processes would create theirs (issue 14).
const corpus = [...generateCorpus({ articles: 300, seed: 11 })];
const MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const dayOf = (n: number) => new Date(Date.UTC(2023, 0, 2) + n * 86_400_000);
const french = Array.from({ length: 40 }, (_, i) => {
  const d = dayOf(5 * i);
  return {
    id: `fr-${i}`,
    url: null,
    title: 'Lavrov reçoit Diop',
    published: dayOf(5 * i + 2).toISOString().slice(0, 10),
    language: 'fr',
    text: `Le ministre russe des Affaires étrangères, Sergueï Lavrov, a rencontré le ${d.getUTCDate()} ${MOIS[d.getUTCMonth()]} ${d.getUTCFullYear()} à Moscou son homologue malien Abdoulaye Diop. Les deux ministres ont discuté de la coopération énergétique.`,
  };
});
const english = Array.from({ length: 40 }, (_, i) => {
  const d = dayOf(5 * i + 1);
  return {
    id: `en-${i}`,
    url: null,
    title: 'Lavrov meets Diop',
    published: dayOf(5 * i + 2).toISOString().slice(0, 10),
    language: 'en',
    text: `Russian Foreign Minister Sergey Lavrov met his Malian counterpart Abdoulaye Diop in Moscow on ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}, for talks on energy cooperation.`,
  };
});
/** The articles with one report put after every fifth, so that both processes reach report i at about the same time. */
const interleave = (articles: readonly object[], reports: readonly object[]) =>
  articles.flatMap((a, i) => (i % 5 === 4 && reports[(i - 4) / 5] ? [a, reports[(i - 4) / 5] as object] : [a]));

describe('two ingest processes writing to one graph at once', () => {
  useGraph();
  const uri = loadConfig().neo4j.uri;

  it('give the graph one process gives: no duplicate event, person or relation', async () => {
    await ingest(writeJsonlRecords([...corpus, ...french, ...english], 'all'), uri);
    const one = await graphSnapshot();
    expect(one.counts['node:Article']).toBe(corpus.length + 80);

    await runQuery('graph.wipe', {});
    // Overlapping halves, in small batches so that the two processes' transactions interleave.
    const first = writeJsonlRecords(interleave(corpus.slice(0, 200), french), 'first');
    const second = writeJsonlRecords(interleave(corpus.slice(100), english), 'second');
    await Promise.all([ingest(first, uri), ingest(second, uri)]);
    const two = await graphSnapshot();
    expect(two.counts).toEqual(one.counts);
    expect(two.facts).toEqual(one.facts);
  });
});
