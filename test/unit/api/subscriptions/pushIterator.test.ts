import { describe, expect, it } from 'vitest';
import { createPushIterator } from '../../../../src/api/subscriptions/pushIterator.js';

describe('createPushIterator', () => {
  it('hands values over in order, whether pushed before or after they are asked for', async () => {
    const { push, iterator } = createPushIterator<number>(() => undefined);
    push(1);
    expect(await iterator.next()).toEqual({ value: 1, done: false });
    const waiting = iterator.next();
    push(2);
    push(3);
    expect(await waiting).toEqual({ value: 2, done: false });
    expect(await iterator.next()).toEqual({ value: 3, done: false });
  });

  it('runs onClose once when the consumer stops, and then takes no more', async () => {
    let closed = 0;
    const { push, iterator } = createPushIterator<number>(() => closed++);
    const pending = iterator.next();
    await iterator.return?.();
    await iterator.return?.();
    push(1);
    expect(await pending).toEqual({ value: undefined, done: true });
    expect(await iterator.next()).toEqual({ value: undefined, done: true });
    expect(closed).toBe(1);
  });

  it('ends with an error a consumer that falls too far behind', async () => {
    let closed = false;
    const { push, iterator } = createPushIterator<number>(() => (closed = true), 3);
    for (let i = 0; i < 4; i++) push(i);
    expect(closed).toBe(true);
    await expect(iterator.next()).rejects.toThrow(/fell more than 3 updates behind/);
  });
});
