import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { francAll } from 'franc-min';
import { describe, expect, it } from 'vitest';
import { rankLanguages } from '../../../../ingest/language/rankLanguages.js';
import { projectRoot } from '../../../../src/config/projectRoot.js';

const fixtures = join(projectRoot(), 'test', 'fixtures', 'articles');
const articleTexts = readdirSync(fixtures)
  .filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json'))
  .map((f) => (JSON.parse(readFileSync(join(fixtures, f), 'utf8')) as { text: string }).text);

describe('rankLanguages', () => {
  it.each([
    ['French', 'Le ministre des Affaires étrangères a reçu son homologue togolais à Niamey pour un entretien sur la coopération.'],
    ['English', 'The foreign minister received his counterpart in Canberra on Tuesday for talks on trade and security.'],
    ['Spanish', 'El canciller se reunió con su homólogo en Madrid para conversar sobre la cooperación bilateral y el comercio.'],
    ['Russian', 'Министр иностранных дел России провёл переговоры со своим коллегой в Москве о сотрудничестве.'],
    ['Arabic', 'استقبل وزير الخارجية نظيره في الرياض وبحث معه سبل تعزيز التعاون بين البلدين في مختلف المجالات.'],
    ['Chinese', '外交部长在北京会见了来访的外国代表团，双方就双边关系和国际问题交换了意见。我们希望加强合作。'],
    ['Greek', 'Ο υπουργός Εξωτερικών συναντήθηκε με τον ομόλογό του στην Αθήνα για συνομιλίες σχετικά με τη συνεργασία.'],
    ['digits and signs', '12345 67890 !!! ??? 2024-03-14 ### 99% (1) [2] {3} 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0'],
    ['too short', 'Bonjour'],
    ['empty', ''],
    ['mixed', 'Reuters — 北京 Москва Paris the of de la 123 ¿Qué? Très bien. ΑΒΓ'],
  ])('ranks %s exactly as francAll', (_name, text) => {
    expect(rankLanguages(text, 10)).toEqual(francAll(text, { minLength: 10 }));
  });

  it('ranks every fixture article and its pieces exactly as francAll, scores bit for bit', () => {
    for (const text of articleTexts) {
      for (const piece of [text, text.slice(0, 1500), text.slice(0, 300), text.slice(100, 190), text.toUpperCase().slice(0, 400)]) {
        expect(rankLanguages(piece, 80)).toEqual(francAll(piece, { minLength: 80 }));
      }
    }
  });

  it('puts the right language first', () => {
    expect(rankLanguages('Le ministre des Affaires étrangères a reçu son homologue togolais à Niamey pour un entretien.', 10)[0]![0]).toBe('fra');
  });
});
