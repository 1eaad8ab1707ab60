import { describe, expect, it } from 'vitest';
import { eventOf, personCountOf, topicCountOf } from '../../../src/graph/recordTuples.js';

describe('record tuples', () => {
  it('turn a ranked person, a ranked topic and an event back into their records', () => {
    expect(personCountOf(['sergey-lavrov', 'Sergey Lavrov', ['Sergueï Lavrov'], 'RU', 3, '2024-02-28'])).toEqual({
      person: { id: 'sergey-lavrov', name: 'Sergey Lavrov', aliases: ['Sergueï Lavrov'], countryCode: 'RU' },
      eventCount: 3,
      lastDate: '2024-02-28',
    });
    expect(topicCountOf(['energy', 'Energy', 'Énergie', null, 'economy', 2])).toEqual({
      topic: { id: 'energy', label: 'Energy', labelFr: 'Énergie', context: null, broader: 'economy' },
      eventCount: 2,
    });
    expect(eventOf(['e1', 'meeting', 'occurred', 'Talks', '2024-02-28', 'day', '2024-02-28', 'bilateral', 0.9, 'CONSULT', 'meet', '040', 2])).toEqual({
      id: 'e1', type: 'meeting', status: 'occurred', title: 'Talks', date: '2024-02-28', datePrecision: 'day', sortDate: '2024-02-28',
      setting: 'bilateral', confidence: 0.9, plover: 'CONSULT', ploverMode: 'meet', cameo: '040', articleCount: 2,
    });
  });
});
