import { beforeAll, describe, expect, it } from 'vitest';
import { readDateline } from '../../../../ingest/extract/readDateline.js';
import { loadLexicons, type Lexicons } from '../../../../ingest/lexicons/loadLexicons.js';

// Datelines as wires write them; every line here was written for the test.
let lex: Lexicons;
beforeAll(() => {
  lex = loadLexicons();
});

const read = (text: string, language: string, published: string | null = null) => readDateline(text, language, published, lex, () => undefined);

describe('readDateline', () => {
  it('reads a dateline in capitals: its place and its date', () => {
    const d = read('NIAMEY, 18 février 2025 – Le ministre a reçu son homologue.', 'fr');
    expect(d?.location?.country).toBe('NE');
    expect(d?.date?.date).toBe('2025-02-18');
  });

  it.each([
    ['Dakar, 19 avril (APS) – Une délégation gambienne est arrivée hier.', 'fr', 'SN', '2021-04-19'],
    ['Addis Ababa March 3/2021 (ENA) The Prime Minister received the envoy.', 'en', 'ET', '2021-03-03'],
    ['Madrid, 17 de abril (EFE) El ministro recibió a su homólogo.', 'es', 'ES', '2021-04-17'],
  ] as const)('reads a wire dateline in title case that opens with a known city: %s', (text, language, country, date) => {
    const d = read(text, language, '2021-04-20');
    expect(d?.location?.country).toBe(country);
    expect(d?.date?.date).toBe(date);
    expect(text.slice(d?.end ?? 0).trimStart()).toMatch(/^\p{Lu}/u);
  });

  it('takes no title-case opening for a dateline unless it is a known city', () => {
    expect(read('Le Premier Ministre – il a reçu lundi son homologue.', 'fr')).toBeNull();
    expect(read('Kenya and Uganda – the two states signed a pact.', 'en')).toBeNull();
  });
});
