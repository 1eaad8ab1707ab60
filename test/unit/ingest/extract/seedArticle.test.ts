import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../ingest/extract/extractArticle.js';
import { loadLexicons } from '../../../../ingest/lexicons/loadLexicons.js';
import type { Extraction } from '../../../../src/domain/extraction.js';
import { sharedPath, withoutShared } from '../../../helpers/sharedData.js';

// The seed article (../shared/corpus/seed): French, no publication date. A clone without it
// skips this file with one line.
const seedDir = sharedPath('corpus', 'seed');

describe.skipIf(withoutShared('corpus/seed', 'seed-article test'))('the seed article', () => {
  let x: Extraction;
  beforeAll(() => {
    const file = readdirSync(seedDir).find((f) => f.endsWith('.txt')) as string;
    const text = readFileSync(join(seedDir, file), 'utf8');
    x = extractArticle({ id: 'seed', url: null, title: null, published: null, language: null, author: null, source: file, text }, loadLexicons());
  });

  it('is read as French', () => {
    expect(x.language).toBe('fr');
  });

  it('gives exactly one meeting, in Moscow, on --02-28, between RU and ML', () => {
    expect(x.events).toHaveLength(1);
    const e = x.events[0]!;
    expect(e.type).toBe('meeting');
    expect(e.status).toBe('occurred');
    expect(e.date).toBe('--02-28');
    expect(e.datePrecision).toBe('month-day');
    expect(e.location?.country).toBe('RU');
    expect(e.location?.name).toMatch(/Mosc/);
    expect([...e.countries].sort()).toEqual(['ML', 'RU']);
    expect(e.countrySides).toEqual({ RU: 'host', ML: 'guest' });
    expect(e.plover).toBe('CONSULT');
    expect(e.evidence[0]?.quote).toBe(x.events[0] && readQuote(e.evidence[0]!));
  });

  it('names Lavrov and Diop with their offices and countries', () => {
    const e = x.events[0]!;
    const byName = new Map(e.participants.map((p) => [p.name, p]));
    expect(byName.get('Sergey Lavrov')).toMatchObject({ role: 'Minister of Foreign Affairs', country: 'RU' });
    expect(byName.get('Abdoulaye Diop')).toMatchObject({ role: 'Minister of Foreign Affairs and International Cooperation', country: 'ML' });
    expect(e.participants).toHaveLength(2);
  });

  it('covers the whole agenda in the event topics', () => {
    const ids = x.events[0]!.topics.map((t) => `${t.id} ${t.label}`.toLowerCase()).join(' | ');
    for (const word of [/energ/, /min(ing|eral)|geolog/, /transport/, /educat/, /trade/, /invest/, /humanitarian/, /un reform|united nations reform/, /israel|palestin/, /yemen/, /ukrain/, /sahel/, /terror/, /defen[cs]e/]) {
      expect(ids).toMatch(word);
    }
  });

  it('lists the UN and the Alliance of Sahel States among organisations', () => {
    const names = x.organizations.map((o) => `${o.id} ${o.name} ${o.acronym ?? ''}`).join(' | ');
    expect(names).toMatch(/Nations Unies|ONU|\bun\b/i);
    expect(names).toMatch(/Alliance des États du Sahel|AES/);
  });

  function readQuote(ev: { start: number; end: number }): string {
    const file = readdirSync(seedDir).find((f) => f.endsWith('.txt')) as string;
    return readFileSync(join(seedDir, file), 'utf8').slice(ev.start, ev.end);
  }
});
