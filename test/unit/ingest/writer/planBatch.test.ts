import { describe, expect, it } from 'vitest';
import type { ExtractedEvent } from '../../../../src/domain/extraction.js';
import { duringRows, planBatch } from '../../../../ingest/writer/planBatch.js';
import { article, encounter, person } from '../../../helpers/extractionFixtures.js';

const lavrov = person('Sergey Lavrov', 'RU');
const diop = person('Abdoulaye Diop', 'ML');
const other = person('Moussa Keita', 'ML', 'Minister of Defence');

const visit = encounter('visit', '2025-03-10', [lavrov, diop]);
const talks = encounter('meeting', '2025-03-10', [lavrov, diop]);
const signing = encounter('agreement', '2025-03-10', [lavrov, diop]);

describe('planBatch', () => {
  it.each<[string, ExtractedEvent[], [number, number][]]>([
    ['talks and a signing during the visit', [visit, { ...talks, during: 0 }, { ...signing, during: 0 }], [[1, 0], [2, 0]]],
    ['a link to an event that is not a visit', [visit, talks, { ...signing, during: 1 }], []],
    ['a link out of range', [visit, { ...talks, during: 3 }], []],
    ['a link to itself', [visit, { ...talks, during: 1 }], []],
    ['a visit during a visit', [visit, { ...encounter('visit', '2025-03-11', [lavrov, diop]), during: 0 }], []],
  ])('links %s', (_, events, expected) => {
    const { extraction } = article('a', { persons: [lavrov, diop], events });
    const ids = events.map((_, i) => `e${i}`);
    expect(duringRows(extraction, ids)).toEqual(expected.map(([from, to]) => ({ eventId: `e${from}`, visitId: `e${to}`, articleId: 'a' })));
  });

  it('writes the links between the resolved events, once per article', () => {
    const plan = planBatch([article('a', { persons: [lavrov, diop], events: [visit, { ...talks, during: 0 }, { ...signing, during: 0 }] })], { persons: [], events: [] });
    const [v, t, s] = plan.newEvents;
    expect(plan.during).toEqual([
      { eventId: t?.id, visitId: v?.id, articleId: 'a' },
      { eventId: s?.id, visitId: v?.id, articleId: 'a' },
    ]);
  });

  it('matches a later report against every participant an earlier one in the batch added', () => {
    const batch = [
      article('only-diop', { persons: [diop], events: [encounter('meeting', '2025-02-28', [diop], ['RU'])] }),
      article('both', { persons: [lavrov, diop], events: [encounter('meeting', '--02-28', [lavrov, diop])] }),
      article('only-lavrov', { persons: [lavrov], events: [encounter('meeting', '2025-02-28', [lavrov], ['ML'])] }),
      article('someone-else', { persons: [lavrov, other], events: [encounter('meeting', '2025-02-28', [lavrov, other])] }),
    ];
    const plan = planBatch(batch, { persons: [], events: [] });
    expect(plan.newEvents.map((e) => e.articleId)).toEqual(['only-diop', 'someone-else']);
    expect(plan.mergedEvents.map((e) => e.articleId)).toEqual(['both', 'only-lavrov']);
    expect(new Set(plan.mergedEvents.map((e) => e.id))).toEqual(new Set([plan.newEvents[0]?.id]));
  });
});
