import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../../ingest/extract/findMentions.js';
import { settleDemonyms } from '../../../../ingest/extract/settleDemonyms.js';
import { loadGazetteer } from '../../../../ingest/lexicons/loadGazetteer.js';

const gazetteer = loadGazetteer();
/** The state each demonym mention of `text` is settled to. */
const demonymStates = (text: string, lang: string): (string | null | undefined)[] =>
  settleDemonyms(findMentions(text, lang, gazetteer)).filter((m) => m.kind === 'demonym').map((m) => m.country);

describe('settleDemonyms', () => {
  it.each([
    ['le ministre congolais', 'fr', ['CD']],
    ['le ministre congolais a rappelé que le Congo-Brazzaville', 'fr', ['CG']],
    ['le ministre congolais est rentré à Brazzaville', 'fr', ['CG']],
    ['le ministre congolais a rappelé que la RDC et le Congo', 'fr', ['CD']],
    ['the Congolese minister returned to Brazzaville', 'en', ['CG']],
    ['el canciller congoleño regresó a Kinshasa', 'es', ['CD']],
  ])('%s', (text, lang, expected) => {
    expect(demonymStates(text, lang)).toEqual(expected);
  });
});
