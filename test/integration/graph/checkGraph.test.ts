import { describe, expect, it } from 'vitest';
import { checkGraph } from '../../../src/graph/checkGraph.js';
import { currentDriver } from '../../../src/graph/driver.js';
import { writeExtractions } from '../../../ingest/writer/writeExtractions.js';
import { article, encounter, person } from '../../helpers/extractionFixtures.js';
import { useGraph } from '../../helpers/graph.js';

describe('checkGraph (diplograph db check)', () => {
  useGraph();

  const lavrov = person('Sergey Lavrov', 'RU');
  const diop = person('Abdoulaye Diop', 'ML');
  // Damage of the kind a buggy writer would leave (fixed test text, not user input).
  const damage = (cypher: string) => currentDriver().driver.executeQuery(cypher);

  it('finds nothing wrong in a graph the writer made, and names each figure that drifts', async () => {
    await writeExtractions([
      article('c1', { persons: [lavrov, diop], events: [encounter('meeting', '2024-02-28', [lavrov, diop])] }),
      article('c2', { persons: [lavrov, diop], events: [encounter('visit', '2024-06-10', [lavrov, diop])] }),
    ]);
    expect(await checkGraph()).toEqual([]);

    await damage("MATCH (r:Relation {id: 'ML-RU'}) SET r.eventCount = 5");
    await damage("MATCH (:Event)-[i:INVOLVES {country: 'ML'}]->() WITH i LIMIT 1 SET i.sortDate = date('1999-01-01')");
    const problems = await checkGraph();
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^relation ML-RU: 5 events .* 2 events 2024-02-28\.\.2024-06-10 recomputed$/);
    expect(problems[1]).toBe('1 INVOLVES edge(s) whose copied keys disagree with their nodes');
  });

  it('names DURING links no article supports or that do not lead to a visit', async () => {
    const visit = encounter('visit', '2024-06-10', [lavrov, diop]);
    const talks = { ...encounter('meeting', '2024-06-10', [lavrov, diop]), during: 0 };
    await writeExtractions([article('d1', { persons: [lavrov, diop], events: [visit, talks] })]);
    expect(await checkGraph()).toEqual([]);

    await damage('MATCH (:Event)-[d:DURING]->() SET d.sources = []');
    await damage("MATCH (v:Event {type: 'visit'}), (m:Event {type: 'meeting'}) CREATE (v)-[:DURING {sources: ['d1']}]->(m)");
    // The link made by hand turned the meeting into an event held during another, which no
    // writer saw: its tally still counts it as an encounter.
    expect(await checkGraph()).toEqual([
      '1 DURING link(s) not to a visit',
      '1 DURING link(s) without a supporting article',
      expect.stringMatching(/^1 relation-type tally bucket\(s\) disagree with a recount \(first: relation-type\|ML-RU\|2024\|visit\|precise\|during: none kept, 1 recounted/),
    ]);
  });
});
