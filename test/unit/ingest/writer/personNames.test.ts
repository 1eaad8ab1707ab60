import { describe, expect, it } from 'vitest';
import { givenNamesCompatible, surnameKey } from '../../../../ingest/writer/personNames.js';
import { resolvePersons } from '../../../../ingest/writer/resolvePersons.js';

describe('person names', () => {
  it.each([
    ['Sergueï Lavrov', 'Sergey Lavrov', true],
    ['S. Jaishankar', 'Subrahmanyam Jaishankar', true],
    ['Mohammed Ali', 'Muhammad Ali', true],
    ['Lavrov', 'Sergey Lavrov', true],
    ['Abdoulaye Diop', 'Aïssata Diop', false],
    ['Moussa Diop', 'Mamadou Diop', false],
  ])('%s ~ %s: %s', (a, b, expected) => {
    expect(givenNamesCompatible(a, b)).toBe(expected);
  });

  it('keys on the folded family name', () => {
    expect(surnameKey('Sergueï Lavrov')).toBe('lavrov');
    expect(surnameKey('M. Çavuşoğlu')).toBe('cavusoglu');
  });
});

describe('resolvePersons', () => {
  it('joins a known person of the same country and keeps a namesake of another country apart', () => {
    const known = [{ id: 'abdoulaye-diop', name: 'Abdoulaye Diop', aliases: [], country: 'ML', surnameKey: 'diop' }];
    const r = resolvePersons(known);
    expect(r.resolve({ name: 'A. Diop', aliases: [], country: 'ML' }).id).toBe('abdoulaye-diop');
    const other = r.resolve({ name: 'Abdoulaye Diop', aliases: [], country: 'SN' });
    expect(other.id).not.toBe('abdoulaye-diop');
    expect(r.persons.map((p) => p.id).sort()).toEqual(['abdoulaye-diop', other.id].sort());
  });

  it('collects every form of the name under one person within a batch', () => {
    const r = resolvePersons([]);
    const a = r.resolve({ name: 'Sergey Lavrov', aliases: [], country: 'RU' });
    const b = r.resolve({ name: 'Sergueï Lavrov', aliases: ['M. Lavrov'], country: null });
    expect(b).toBe(a);
    expect(a.names).toEqual(['Sergey Lavrov', 'Sergueï Lavrov', 'M. Lavrov']);
  });

  it('keeps two people apart whose articles each wrote their family name alone too, in either order', () => {
    for (const order of [0, 1]) {
      const r = resolvePersons([]);
      const mentions = [
        { name: 'Fernando Martínez', aliases: ['Martínez'], country: 'VC' },
        { name: 'José Martínez', aliases: ['Martínez'], country: 'VC' },
      ];
      const [first, second] = order ? [...mentions].reverse() : mentions;
      expect(r.resolve(second as (typeof mentions)[0]).id).not.toBe(r.resolve(first as (typeof mentions)[0]).id);
    }
  });
});
