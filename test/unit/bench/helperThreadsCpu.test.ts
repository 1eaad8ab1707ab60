import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { helperThreadsCpuSeconds } from '../../../bench/helperThreadsCpu.js';

describe('helperThreadsCpuSeconds', () => {
  it('reads a number of seconds where /proc lists the threads, and null elsewhere', () => {
    const seconds = helperThreadsCpuSeconds();
    if (existsSync('/proc/self/task')) {
      expect(Number.isFinite(seconds)).toBe(true);
      expect(seconds).toBeGreaterThanOrEqual(0);
    } else {
      expect(seconds).toBeNull();
    }
  });
});
