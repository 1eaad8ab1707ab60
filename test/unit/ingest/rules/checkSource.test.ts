import { describe, expect, it } from 'vitest';
import { checkSource } from '../../../../ingest/rules/checkSource.js';

describe('checkSource', () => {
  it('accepts a source whose groups do not capture', () => {
    expect(() => checkSource('cues.json', 'x', '(?:a|b) c(?=d)(?<!e)')).not.toThrow();
  });

  it('rejects a capturing group, named or not, with the entry named', () => {
    expect(() => checkSource('cues.json', 'x', 'a (b|c)')).toThrow(/entry x: use \(\?:…\) groups only/u);
    expect(() => checkSource('cues.json', 'y', '(?<n>b)')).toThrow(/entry y/u);
  });

  it('rejects an invalid regex', () => {
    expect(() => checkSource('cues.json', 'z', 'a(?:b')).toThrow(/entry z: invalid regex/u);
  });
});
