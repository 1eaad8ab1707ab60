import { describe, expect, it } from 'vitest';
import { lexiconsFor } from '../../../../ingest/rules/bmpRules.js';
import { loadLexicons } from '../../../../ingest/lexicons/loadLexicons.js';

describe('lexiconsFor', () => {
  const lexicons = loadLexicons();

  it('keeps the lexicons for a text with an astral character', () => {
    expect(lexiconsFor(lexicons, ['Réunion 😀', null])).toBe(lexicons);
  });

  it('twins the rules once, sharing what holds no regex', () => {
    const twin = lexiconsFor(lexicons, ['Réunion à Paris', null]);
    expect(lexiconsFor(lexicons, ['autre texte', 'titre'])).toBe(twin);
    expect(twin.gazetteer).toBe(lexicons.gazetteer);
    expect(twin.rules).not.toBe(lexicons.rules);
    expect(twin.rules.givenNames).toBe(lexicons.rules.givenNames);
    const fr = twin.rules.triggerMatchers.fr!;
    expect(fr.entries).toEqual(lexicons.rules.triggerMatchers.fr!.entries);
    expect(fr.regex.source).not.toMatch(/\\p\{L\}\+/u);
    expect(fr.regex.flags).toBe(lexicons.rules.triggerMatchers.fr!.regex.flags);
  });
});
