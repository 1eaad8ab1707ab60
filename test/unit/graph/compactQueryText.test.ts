import { describe, expect, it } from 'vitest';
import { compactQueryText, loadQueryTexts } from '../../../src/graph/queryRegistry.js';

describe('compactQueryText', () => {
  it('drops whole-line comments and indentation but keeps // inside strings', () => {
    const text = "// why\nMATCH (a {url: 'https://x.org'})\n  // more\nRETURN a\n";
    expect(compactQueryText(text)).toBe("MATCH (a {url: 'https://x.org'})\nRETURN a");
  });

  it('leaves no query with a string literal cut across lines', () => {
    for (const [name, text] of loadQueryTexts()) {
      for (const line of text.split('\n')) expect((line.match(/'/g) ?? []).length % 2, `${name}: ${line}`).toBe(0);
    }
  });
});
