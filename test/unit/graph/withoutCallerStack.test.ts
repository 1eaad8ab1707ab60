import { describe, expect, it } from 'vitest';
import { withoutCallerStack } from '../../../src/graph/withoutCallerStack.js';

describe('withoutCallerStack', () => {
  it('returns what the call returns, with no frames captured inside it', () => {
    const stack = withoutCallerStack(() => new Error('inside').stack);
    expect(stack).toBe('Error: inside');
  });

  it('restores the frame limit afterwards, also when the call throws', () => {
    const limit = Error.stackTraceLimit;
    expect(() =>
      withoutCallerStack(() => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(Error.stackTraceLimit).toBe(limit);
    expect(new Error('outside').stack?.split('\n').length).toBeGreaterThan(1);
  });
});
