import { CountryCodeResolver } from 'graphql-scalars';
import { describe, expect, it } from 'vitest';
import { isCountryCode } from '../../../web/src/countryCodes.js';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ALL_PAIRS = [...LETTERS].flatMap((a) => [...LETTERS].map((b) => a + b));

const acceptedByApi = (code: string) => {
  try {
    CountryCodeResolver.parseValue(code);
    return true;
  } catch {
    return false;
  }
};

describe('isCountryCode (web)', () => {
  it('accepts exactly the two-letter codes the API\'s CountryCode scalar accepts', () => {
    expect(ALL_PAIRS.filter(isCountryCode)).toEqual(ALL_PAIRS.filter(acceptedByApi));
  });
});
