import { describe, expect, it } from 'vitest';
import { migrate } from '../../../src/graph/migrate.js';
import { runQuery } from '../../../src/graph/runQuery.js';
import { countrySeedRows } from '../../../src/graph/countrySeedRows.js';
import { currentDriver } from '../../../src/graph/driver.js';
import { writeExtractions } from '../../../ingest/writer/writeExtractions.js';
import { article, encounter, person } from '../../helpers/extractionFixtures.js';
import { useGraph } from '../../helpers/graph.js';

describe('migrations', () => {
  useGraph();

  it('applied twice give the same schema', async () => {
    await migrate();
    const first = await runQuery('schema.show', {});
    await migrate();
    const second = await runQuery('schema.show', {});
    expect(second).toEqual(first);
    const constrained = first.filter((r) => r.kind === 'constraint').map((r) => `${r.labels[0]}.${r.properties[0]}`);
    expect(constrained.sort()).toEqual(
      [
        ...['Article.id', 'ChangeLog.seq', 'ChangeSequence.id', 'Country.code', 'Event.id', 'IngestLock.id', 'Organization.id', 'Person.id', 'Place.id', 'Relation.id', 'Topic.id'],
        // Corrections (issue 12): the audit trail, its subjects, rejected events and redirects.
        ...['Correction.id', 'Correction.seq', 'CorrectionSequence.id', 'CorrectionSubject.key', 'RejectedEvent.id', 'Redirect.key'],
        // The dashboards' tallies (issue 14): their buckets and the record of each event counted.
        ...['Tally.key', 'Tallied.eventId'],
        // Each data migration is recorded once, even when two processes migrate at once.
        ...['Migration.id'],
      ].sort(),
    );
    expect(first.some((r) => r.type === 'FULLTEXT' && r.name === 'entity_names')).toBe(true);
    expect(first.some((r) => r.labels.includes('Event') && r.properties.includes('sortDate'))).toBe(true);
  });

  it('seeds every country once, with ISO-3 and French names', async () => {
    await migrate();
    await migrate();
    const [row] = await runQuery('countries.count', {});
    expect(row?.count).toBe(countrySeedRows().length);
    expect(row?.count).toBeGreaterThanOrEqual(249);
  });

  it('copies the keys of the edge indexes onto the edges of a graph written before them, once', async () => {
    const [lavrov, diop] = [person('Sergey Lavrov', 'RU'), person('Abdoulaye Diop', 'ML')];
    await writeExtractions([
      article('m1', { persons: [lavrov, diop], events: [encounter('meeting', '2024-02-28', [lavrov, diop])] }),
      article('m2', { persons: [lavrov, diop], events: [encounter('visit', '--06-10', [lavrov, diop])] }),
    ]);
    // The graph as an earlier writer left it: edges without the copied keys (fixed test text).
    const stripKeys = () => currentDriver().driver.executeQuery('MATCH ()-[x:INVOLVES|PART_OF|DISCUSSED]->() REMOVE x.country, x.relation, x.topic, x.sortDate, x.undated');
    await stripKeys();
    const stripped = await runQuery('graph.edge-keys-check', {});
    expect(stripped.map((r) => [r.type, r.wrong]).sort()).toEqual([['DISCUSSED', 2], ['INVOLVES', 4], ['PART_OF', 2]]);
    await migrate();
    expect(await runQuery('graph.edge-keys-check', {})).toEqual([]);
    // Recorded as applied: a later start-up does not scan the edges again.
    await stripKeys();
    await migrate();
    expect(await runQuery('graph.edge-keys-check', {})).toHaveLength(3);
  });
});
