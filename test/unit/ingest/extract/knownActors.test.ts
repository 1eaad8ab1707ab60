import { beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../ingest/extract/extractArticle.js';
import { actorLookup } from '../../../../ingest/extract/persons/knownActors.js';
import { indexActors, loadActors, type ActorIndex } from '../../../../ingest/lexicons/loadActors.js';
import { loadLexicons, type Lexicons } from '../../../../ingest/lexicons/loadLexicons.js';
import type { Extraction } from '../../../../src/domain/extraction.js';

// The actor dictionary gives a state and an office to names the text writes without them. The
// people below are invented, and so is every sentence: the tests must not depend on who holds
// which office in the shipped dictionary.

const FIXTURE = [
  { name: 'Adaeze Okonkwo', aliases: ['Adaeze Okonkwo-Bello'], shortForms: [], country: 'NG', roles: [{ office: 'president', country: 'NG', from: '2020-05', to: null }] },
  {
    name: 'Lars Henriksen',
    aliases: [],
    shortForms: [],
    country: 'NO',
    roles: [
      { office: 'foreign-minister', country: 'NO', from: '2019-01', to: '2024-06' },
      { office: 'deputy-prime-minister', country: 'NO', from: '2022-01', to: '2024-06' },
    ],
  },
  { name: 'Mohammad Karimzadeh', aliases: [], shortForms: ['Zad'], country: 'IR', roles: [{ office: 'foreign-minister', country: 'IR', from: '2018-01', to: null }] },
  { name: 'Ines Albuquerque', aliases: [], shortForms: [], country: 'PT', roles: [{ office: 'un-secretary-general', country: null, organization: 'un', from: '2021-01', to: null }] },
  { name: 'Ana Ferreira', aliases: [], shortForms: [], country: 'PT', roles: [{ office: 'president', country: 'PT', from: '2021-03', to: null }] },
  // Two family names shared by two actors: a lone "Moreau" names neither, unless one is out of office.
  { name: 'Claire Moreau', aliases: [], shortForms: [], country: 'FR', roles: [{ office: 'foreign-minister', country: 'FR', from: '2021-01', to: '2022-12' }] },
  { name: 'Julien Moreau', aliases: [], shortForms: [], country: 'BE', roles: [{ office: 'prime-minister', country: 'BE', from: '2022-06', to: null }] },
];

let index: ActorIndex;
let lex: Lexicons;
let lex0: Lexicons;
beforeAll(() => {
  lex0 = loadLexicons();
  index = indexActors(FIXTURE, lex0.rules.nameArticles);
  lex = { ...lex0, actors: index };
});

function extract(text: string, language: string, published: string | null): Extraction {
  return extractArticle({ id: 't', url: null, title: null, published, language, author: null, source: 't', text }, lex);
}

const personsOf = (x: Extraction): string[] => x.persons.map((p) => `${p.name}/${p.country ?? p.organization ?? '?'}/${p.role ?? '-'}`);

describe('actorLookup', () => {
  it('finds a full name whatever its case, accents, hyphens and Arabic article', () => {
    const at = actorLookup(index, '2023-03-01', lex0.rules.actorSeniority);
    expect(at.named('ADAEZE OKONKWO')?.country).toBe('NG');
    expect(at.named('Adaeze Okonkwo Bello')?.name).toBe('Adaeze Okonkwo');
    expect(at.named('Mohammad al-Karimzadeh')?.country).toBe('IR');
  });

  it('finds a spelling it lacks by initial and family name, only for one actor', () => {
    const at = actorLookup(index, '2023-03-01', lex0.rules.actorSeniority);
    expect(at.named('Mohammed Karimzadeh')?.name).toBe('Mohammad Karimzadeh');
    expect(at.named('L. Henriksen')?.name).toBe('Lars Henriksen');
    expect(at.named('Peter Henriksen')).toBeNull();
  });

  it('reads a lone family name only when one actor bearing it is in office at the date', () => {
    expect(actorLookup(index, '2023-03-01', lex0.rules.actorSeniority).bySurname('Moreau')?.name).toBe('Julien Moreau');
    expect(actorLookup(index, '2022-08-01', lex0.rules.actorSeniority).bySurname('Moreau')).toBeNull();
    expect(actorLookup(index, '2023-03-01', lex0.rules.actorSeniority).bySurname('Okonkwo')?.country).toBe('NG');
    expect(actorLookup(index, '2019-03-01', lex0.rules.actorSeniority).bySurname('Okonkwo')).toBeNull();
  });

  it('reads a short form the press uses alone, however short', () => {
    expect(actorLookup(index, '2023-03-01', lex0.rules.actorSeniority).bySurname('Zad')?.name).toBe('Mohammad Karimzadeh');
  });

  it('gives the office held at the date, the foreign post before a deputy premiership, the current one when undated', () => {
    const henriksen = index.byName.get('lars henriksen')!;
    expect(actorLookup(index, '2023-03-01', lex0.rules.actorSeniority).roleOf(henriksen)?.office).toBe('foreign-minister');
    expect(actorLookup(index, '2018-03-01', lex0.rules.actorSeniority).roleOf(henriksen)).toBeNull();
    expect(actorLookup(index, '2025-03-01', lex0.rules.actorSeniority).roleOf(henriksen)).toBeNull();
    expect(actorLookup(index, null, lex0.rules.actorSeniority).roleOf(index.byName.get('adaeze okonkwo')!)?.office).toBe('president');
  });
});

describe('persons the text writes without a title', () => {
  it('are anchored and take the state and office they held at the date', () => {
    const x = extract('Adaeze Okonkwo a reçu mardi à Abuja Mohammad Karimzadeh pour un entretien.', 'fr', '2023-03-01');
    expect(personsOf(x)).toEqual(['Adaeze Okonkwo/NG/President', 'Mohammad Karimzadeh/IR/Minister of Foreign Affairs']);
    expect(x.events.map((e) => `${e.type} ${e.countries.join('-')}`)).toEqual(['meeting IR-NG']);
  });

  it('keep their nationality but no office once out of office', () => {
    const x = extract('Lars Henriksen met Adaeze Okonkwo in Abuja on Tuesday.', 'en', '2025-03-01');
    expect(personsOf(x)).toContain('Lars Henriksen/NO/-');
  });

  it('serve an organisation, with no state, when they head one', () => {
    const x = extract('Adaeze Okonkwo met Ines Albuquerque in Abuja on Tuesday.', 'en', '2023-03-01');
    expect(personsOf(x)).toContain('Ines Albuquerque/un/UN Secretary-General');
    expect(x.events[0]?.countries).toEqual(['NG']);
  });

  it('are placed before a title without a name is given to a holder of that office', () => {
    const x = extract("La présidente Ana Ferreira recevra mardi à Lisbonne M. Okonkwo. Le président nigérian arrivera lundi.", 'fr', '2023-03-01');
    expect(personsOf(x)).toContain('Ana Ferreira/PT/President');
  });

  it('yield to the state the text gives', () => {
    const x = extract('The Ghanaian foreign minister, Lars Henriksen, met Adaeze Okonkwo in Abuja on Tuesday.', 'en', '2023-03-01');
    expect(personsOf(x)[0]).toMatch(/^Lars Henriksen\/GH\//u);
  });
});

describe('the shipped dictionary', () => {
  it('names only offices the rules know and organisations the gazetteer knows', () => {
    const shipped = loadActors(lex.rules.nameArticles);
    const actors = new Set(shipped.byName.values());
    expect(actors.size).toBeGreaterThan(0);
    const offices = new Set(lex.rules.offices.map((o) => o.id));
    const roles = [...actors].flatMap((a) => a.roles);
    expect(roles.filter((r) => !offices.has(r.office)).map((r) => r.office)).toEqual([]);
    expect(roles.filter((r) => r.organization && !lex.gazetteer.organizations.has(r.organization)).map((r) => r.organization)).toEqual([]);
  });
});

describe('a full name without one of the given names', () => {
  it('is the actor whose name holds all its words', () => {
    const at = actorLookup(index, '2023-03-01', lex0.rules.actorSeniority);
    expect(at.named('Okonkwo Bello')?.name).toBe('Adaeze Okonkwo');
    expect(at.named('Okonkwo Smith')).toBeNull();
  });
});

describe('a capitalised run ending with a known name', () => {
  it('is that name, and a government named after its leader is not the leader present', () => {
    const x = extract('El canciller Mohammad Karimzadeh llegó a Lagos para negociar con la Administración de Adaeze Okonkwo.', 'es', '2023-03-01');
    expect(personsOf(x)).toContain('Adaeze Okonkwo/NG/President');
    expect(x.events.flatMap((e) => e.participants.map((p) => p.name))).not.toContain('Adaeze Okonkwo');
  });

  it('but a lone family name after another given name is someone else', () => {
    const x = extract('Foreign Adviser Chidi Okonkwo met the Norwegian minister Lars Henriksen in Oslo on Tuesday.', 'en', '2023-03-01');
    expect(x.persons.map((p) => p.name)).not.toContain('Okonkwo');
  });
});
