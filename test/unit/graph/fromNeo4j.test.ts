import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { fromNeo4j } from '../../../src/graph/fromNeo4j.js';

describe('fromNeo4j', () => {
  it('turns Integers into numbers and temporal values into ISO strings, at any depth', () => {
    const row = {
      count: neo4j.int(42),
      day: new neo4j.types.Date(2024, 2, 28),
      at: new neo4j.types.DateTime(2024, 2, 28, 9, 30, 0, 0, 0),
      nested: [{ n: neo4j.int(-3), when: [new neo4j.types.Date(2023, 11, 1), null] }],
      plain: ['text', 1.5, true, null],
      missing: undefined,
    };
    expect(fromNeo4j(row)).toEqual({
      count: 42,
      day: '2024-02-28',
      at: '2024-02-28T09:30:00Z',
      nested: [{ n: -3, when: ['2023-11-01', null] }],
      plain: ['text', 1.5, true, null],
      missing: null,
    });
  });

  it('gives a node or relationship as its converted properties', () => {
    const node = new neo4j.types.Node(neo4j.int(1), ['Event'], { id: 'ev-1', articleCount: neo4j.int(2) }, '4:x:1');
    expect(fromNeo4j({ e: node })).toEqual({ e: { id: 'ev-1', articleCount: 2 } });
  });
});
