import { describe, expect, it } from 'vitest';
import { outletState } from '../../../../ingest/lexicons/outletState.js';

describe('outletState', () => {
  it.each([
    ['a country-code domain', 'https://www.example.co.ke/news/1', 'KE'],
    ['the United Kingdom under .uk', 'https://example.co.uk/a', 'GB'],
    ['a generic domain', 'https://example.com/a', null],
    ['a ccTLD sold as a generic name', 'https://example.tv/a', null],
    ['no address', null, null],
    ['an address that does not parse', 'not a url', null],
  ] as const)('%s', (_why, url, expected) => {
    expect(outletState(url)).toBe(expected);
  });
});
