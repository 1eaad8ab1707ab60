import { describe, expect, it } from 'vitest';
import { draftReports } from '../../../../ingest/writer/draftReports.js';
import { planBatch } from '../../../../ingest/writer/planBatch.js';
import type { PersonCandidate } from '../../../../src/graph/catalog/ingestQueries.js';
import { article, encounter, person } from '../../../helpers/extractionFixtures.js';

const lavrov = person('Sergey Lavrov', 'RU');
const lavrovFr = person('Sergueï Lavrov', 'RU');
const diop = person('Abdoulaye Diop', 'ML');
const otherDiop = person('Fatou Diop', 'SN');

// A known person whose id is not the slug of the name the batch writes, and a second Diop
// of another country: the keys must name the resolved ids, as the plan's rows do.
const known: PersonCandidate[] = [{ id: 'sergey-lavrov-ru', name: 'Sergey Lavrov', aliases: [], surnameKey: 'lavrov', country: 'RU' }];

const batch = [
  article('a', { persons: [lavrov, diop], events: [encounter('meeting', '2025-02-28', [lavrov, diop]), encounter('visit', '2025-03', [lavrov, diop])] }),
  article('b', { persons: [lavrovFr, otherDiop], events: [encounter('phone_call', null, [lavrovFr, otherDiop]), encounter('meeting', '--02-28', [], ['ml', 'RU', 'XX1'])] }),
  article('c', { persons: [diop], events: [encounter('meeting', '2025-02-28', [diop], ['RU'])] }),
];

describe('draftReports', () => {
  it('gives every report the keys and date the plan gives it, in article order', () => {
    const plan = planBatch(batch, { persons: known, events: [] });
    const planned = [...plan.newEvents, ...plan.mergedEvents]
      .map((e) => ({ mergeKey: e.mergeKey, countryKey: e.countryKey, date: e.date }))
      .sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y)));
    const drafted = draftReports(batch, known);
    expect(drafted).toHaveLength(5);
    expect([...drafted].sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y)))).toEqual(planned);
    expect(drafted[0]?.mergeKey).toBe('meeting|p:abdoulaye-diop,sergey-lavrov-ru');
  });
});
