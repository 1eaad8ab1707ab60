/** An async iterator fed by `push`, as a subscription's source stream. */
export interface PushIterator<T> {
  readonly push: (value: T) => void;
  readonly iterator: AsyncIterableIterator<T>;
}

/**
 * A queue that a producer pushes to and graphql-js pulls from. `onClose` runs once when the
 * consumer stops (the client completes, the socket closes). A consumer more than `limit`
 * values behind (a client that does not read) ends with an error rather than growing the queue.
 */
export function createPushIterator<T>(onClose: () => void, limit = 1000): PushIterator<T> {
  const queue: T[] = [];
  let waiting: ((result: IteratorResult<T>) => void) | null = null;
  let failure: Error | null = null;
  let done = false;
  const close = () => {
    if (done) return;
    done = true;
    queue.length = 0;
    onClose();
  };
  const iterator: AsyncIterableIterator<T> = {
    next: () => {
      if (failure) return Promise.reject(failure);
      const value = queue.shift();
      if (value !== undefined) return Promise.resolve({ value, done: false });
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve) => {
        waiting = resolve;
      });
    },
    return: () => {
      close();
      waiting?.({ value: undefined, done: true });
      waiting = null;
      return Promise.resolve({ value: undefined, done: true });
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
  const push = (value: T) => {
    if (done) return;
    if (waiting) {
      const resolve = waiting;
      waiting = null;
      resolve({ value, done: false });
      return;
    }
    queue.push(value);
    if (queue.length > limit) {
      failure = new Error(`subscriber fell more than ${limit} updates behind`);
      close();
    }
  };
  return { push, iterator };
}
