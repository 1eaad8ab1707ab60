import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../../ingest/language/detectLanguage.js';

describe('detectLanguage', () => {
  it.each([
    ['fr', 'Le ministre des Affaires étrangères a reçu son homologue malien à Moscou pour évoquer la coopération énergétique et la sécurité au Sahel.'],
    ['en', 'The foreign minister received his Malian counterpart in Moscow to discuss energy cooperation and security in the Sahel region.'],
    ['es', 'El ministro de Asuntos Exteriores recibió a su homólogo marroquí en Rabat para hablar de la cooperación económica y de la migración.'],
    ['ru', 'Министр иностранных дел России провёл переговоры со своим малийским коллегой в Москве и обсудил вопросы сотрудничества.'],
  ])('detects %s', (expected, text) => {
    expect(detectLanguage(text)).toBe(expected);
  });

  it('returns null when the text is too short to tell', () => {
    expect(detectLanguage('Lavrov et Diop')).toBeNull();
    expect(detectLanguage('')).toBeNull();
    expect(detectLanguage('12 345 678 — 2024')).toBeNull();
  });

  // Headlines full of names fool trigram statistics (franc alone calls these French, Uzbek
  // and Javanese): no answer is right, a wrong one is not.
  it.each([
    "UK's Lammy meets Saudi counterpart as Gaza ceasefire talks near a deal",
    'Lamola, Jaishankar hold talks on G20 sidelines in Johannesburg',
    "Turkey's Fidan hosts Syria's new foreign minister al-Shaibani in Ankara",
  ])('gives no wrong answer on the short headline %j', (headline) => {
    expect([null, 'en']).toContain(detectLanguage(headline));
  });

  it('reads only the start of a long text', () => {
    const text = 'Le ministre a reçu son homologue pour parler de coopération. '.repeat(20) + 'The minister received his counterpart to talk about cooperation. '.repeat(5000);
    expect(detectLanguage(text)).toBe('fr');
  });
});
