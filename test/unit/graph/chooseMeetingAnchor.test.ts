import { describe, expect, it } from 'vitest';
import { EMPTY_EVENT_FILTER, type EventFilter } from '../../../src/domain/eventFilter.js';
import { chooseMeetingAnchor } from '../../../src/graph/listMeetings.js';

const f = (over: Partial<EventFilter>): EventFilter => ({ ...EMPTY_EVENT_FILTER, ...over });

describe('chooseMeetingAnchor', () => {
  it.each([
    [f({}), { kind: 'all', value: null }],
    [f({ from: '2024-01-01' }), { kind: 'dates', value: null }],
    [f({ to: '2024-01-01', types: ['visit'] }), { kind: 'dates', value: null }],
    [f({ topic: 'energy', countries: ['ML'] }), { kind: 'country', value: 'ML' }],
    [f({ topic: 'energy', organization: 'un' }), { kind: 'organization', value: 'un' }],
    [f({ countries: ['ML', 'RU'], relation: 'ML-RU' }), { kind: 'relation', value: 'ML-RU' }],
    [f({ relation: 'ML-RU', person: 'sergey-lavrov' }), { kind: 'person', value: 'sergey-lavrov' }],
    [f({ countries: ['ML'], text: 'Moscow talks' }), { kind: 'text', value: 'moscow AND (talks OR talks*)' }],
    [f({ topic: 'energy', text: '***' }), { kind: 'topic', value: 'energy' }],
  ])('starts %j from %j', (filter, anchor) => {
    expect(chooseMeetingAnchor(filter)).toEqual(anchor);
  });
});
