import { describe, expect, it } from 'vitest';
import { normalizePublished } from '../../../../ingest/readers/normalizePublished.js';

describe('normalizePublished', () => {
  it.each<[string | number | null, string | null]>([
    ['2024-03-02', '2024-03-02'],
    ['2024-03-02T23:30:00-05:00', '2024-03-02'], // the publisher's day, not UTC's
    ['2024-03-02 08:00', '2024-03-02'],
    ['20240302', '2024-03-02'],
    ['Sat, 02 Mar 2024 23:30:00 -0500', '2024-03-02'],
    ['2 Mar 24 10:00 GMT', '2024-03-02'],
    ['Tue, 10 June 2025 08:00:00 GMT', '2025-06-10'],
    [1709337600, '2024-03-02'],
    ['1709337600000', '2024-03-02'],
    ['2024-02-30', null],
    ['2023-02-29', null],
    ['2024-13-01', null],
    ['yesterday', null],
    ['', null],
    [null, null],
  ])('%s → %s', (input, expected) => {
    expect(normalizePublished(input)).toBe(expected);
  });
});
