import { describe, expect, it } from 'vitest';
import { migrate } from '../../../src/graph/migrate.js';
import { runQuery } from '../../../src/graph/runQuery.js';
import { countrySeedRows } from '../../../src/graph/countrySeedRows.js';
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
      ['Article.id', 'Country.code', 'Event.id', 'Organization.id', 'Person.id', 'Place.id', 'Relation.id', 'Topic.id'].sort(),
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
});
