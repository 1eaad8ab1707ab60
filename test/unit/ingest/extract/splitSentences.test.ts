import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../../ingest/extract/splitSentences.js';

const sentences = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it.each([
    ['a period and a space before a capital', 'Les ministres se sont réunis. Ils ont signé.', ['Les ministres se sont réunis.', 'Ils ont signé.']],
    ['scraped text that dropped the space', 'Ils ont signé deux accords bilatéraux.Cette visite est la première.', ['Ils ont signé deux accords bilatéraux.', 'Cette visite est la première.']],
    ['an abbreviation before a name', 'Il a reçu M. Diop hier.', ['Il a reçu M. Diop hier.']],
    ['initials with no space', 'Talks with the U.S.State Department resumed.', ['Talks with the U.S.State Department resumed.']],
    ['a web address', 'Read more on example.com today.', ['Read more on example.com today.']],
    ['line breaks', 'Headline\nBody text.', ['Headline', 'Body text.']],
    ['the plural abbreviation before names', 'Il a reçu MM. Diop et Sall. Puis il a parlé de l’UA. Elle a dit.', ['Il a reçu MM. Diop et Sall.', 'Puis il a parlé de l’UA.', 'Elle a dit.']],
  ] as const)('%s', (_why, text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });
});

describe('paragraphs', () => {
  it('count a blank line between two blocks as one break, as a single line break is', () => {
    const paragraphs = (text: string) => splitSentences(text).map((s) => s.paragraph);
    expect(paragraphs('Le ministre a reçu l’ambassadeur.\n\nLes deux hommes ont parlé.\n\n\nIls ont signé.')).toEqual([0, 1, 2]);
    expect(paragraphs('Le ministre a reçu l’ambassadeur.\nLes deux hommes ont parlé. Ils ont signé.')).toEqual([0, 1, 1]);
  });
});
