import { describe, expect, it } from 'vitest';
import { findDates } from '../../../../ingest/extract/resolveDate.js';
import { loadRules } from '../../../../ingest/rules/loadRules.js';

const rules = loadRules();

describe('findDates', () => {
  it.each([
    // text, language, published, planned, expected date, precision
    ['Le 28 février, les deux ministres se sont réunis.', 'fr', '2024-03-02', false, '2024-02-28', 'day'],
    ['Le 28 février, les deux ministres se sont réunis.', 'fr', null, false, '--02-28', 'month-day'],
    ['Le 30 décembre, ils se sont rencontrés.', 'fr', '2025-01-04', false, '2024-12-30', 'day'],
    ['Signé à Dakar, 3/07/2024, par les deux parties.', 'fr', null, false, '2024-07-03', 'day'],
    ['Il a reçu mardi son homologue.', 'fr', '2025-03-06', false, '2025-03-04', 'day'],
    ['Il a reçu ce jeudi son homologue.', 'fr', '2025-03-06', false, '2025-03-06', 'day'],
    ['Il est attendu samedi à Dakar.', 'fr', '2025-03-06', true, '2025-03-08', 'day'],
    ['Las conversaciones empezarán este jueves en Dakar.', 'es', '2025-03-06', true, '2025-03-06', 'day'],
    ['The ministers met on Monday in Geneva.', 'en', '2025-06-11', false, '2025-06-09', 'day'],
    ['The ministers met on June 2 in Geneva.', 'en', null, false, '--06-02', 'month-day'],
    ['The ministers met on 14 April 2023 in Geneva.', 'en', null, false, '2023-04-14', 'day'],
    ['Los cancilleres conversaron el pasado 2 de junio.', 'es', '2025-06-05', false, '2025-06-02', 'day'],
    ['The Secretary spoke today with the Foreign Minister.', 'en', '2023-03-09', false, '2023-03-09', 'day'],
    // Days named by their distance from publication (cues.json "relativeDays")
    ['Il a reçu hier son homologue.', 'fr', '2025-03-06', false, '2025-03-05', 'day'],
    ['Il a reçu avant-hier son homologue.', 'fr', '2025-03-06', false, '2025-03-04', 'day'],
    ['Recibió anteayer a su homólogo.', 'es', '2025-03-06', false, '2025-03-04', 'day'],
    ['He met his counterpart the day before yesterday.', 'en', '2025-03-06', false, '2025-03-04', 'day'],
  ] as const)('%s (%s, published %s)', (text, lang, published, planned, date, precision) => {
    const found = findDates(text, lang, published, planned, rules);
    expect(found[0]).toMatchObject({ date, precision });
  });

  it.each([
    ['The ministers met on Monday in Geneva.', 'en'],
    ['Les ministres se sont entretenus mardi.', 'fr'],
    ['The visit took place in March 2019.', 'en'],
    ['La visite a eu lieu en 2019.', 'fr'],
    ['The Secretary spoke today with the Foreign Minister.', 'en'],
    ["Le ministre a reçu aujourd'hui son homologue.", 'fr'],
    ['El canciller se reunió hoy con su homólogo.', 'es'],
  ] as const)('gives no date for a weekday, month, year or relative day alone without publication date: %s', (text, lang) => {
    expect(findDates(text, lang, null, false, rules)).toEqual([]);
  });

  it('never puts a held meeting after the publication date', () => {
    const [d] = findDates('Ils se sont rencontrés le 20 mai.', 'fr', '2025-05-10', false, rules);
    expect(d?.date).toBe('2024-05-20');
  });

  it.each([
    ['Le président sera en visite d’État les 12 et 13 mars 2024.', 'fr', '12 et 13 mars 2024'],
    ['The leaders met on March 12 and 13, 2024 in Rome.', 'en', 'March 12 and 13, 2024'],
    ['La cumbre se celebró del 12 al 13 de marzo de 2024.', 'es', '12 al 13 de marzo de 2024'],
    ['La visite a eu lieu du 12 au jeudi 13 mars 2024.', 'fr', '12 au jeudi 13 mars 2024'],
  ] as const)('dates a stay on two days of one month by its first day, quoting it as written: %s', (text, lang, said) => {
    const [d] = findDates(text, lang, '2024-03-20', false, rules);
    expect(d?.date).toBe('2024-03-12');
    expect(d?.text).toBe(said);
  });

  it.each([
    ['The ministers will meet on Friday and Saturday in Rome.', 'en'],
    ['Les ministres se réuniront vendredi et samedi.', 'fr'],
  ] as const)('dates a stay on two weekdays by the first: %s', (text, lang) => {
    expect(findDates(text, lang, '2024-03-07', true, rules).map((d) => d.date)).toEqual(['2024-03-08']);
  });

  it('leaves numbers joined by a conjunction that are no days alone', () => {
    expect(findDates('Between 2 and 3 officials met on March 14.', 'en', '2024-03-20', false, rules).map((d) => d.date)).toEqual(['2024-03-14']);
  });
});
