import { describe, expect, it } from 'vitest';
import { generateCorpus, generateCorpusWithTruth, type GeneratedArticle, type SyntheticMeeting } from '../../../bench/generateCorpus.js';

const take = (articles: number, seed: number, extra: object = {}): GeneratedArticle[] => [...generateCorpusWithTruth({ articles, seed, ...extra })];

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

describe('generateCorpus', () => {
  it('gives the same corpus for the same seed and another for another seed', () => {
    const a = JSON.stringify([...generateCorpus({ articles: 300, seed: 42 })]);
    const b = JSON.stringify([...generateCorpus({ articles: 300, seed: 42 })]);
    const c = JSON.stringify([...generateCorpus({ articles: 300, seed: 43 })]);
    expect(a).toBe(b);
    expect(a).not.toBe(c);
  });

  it.each([0, 1, 7, 500])('yields exactly %i articles with unique ids', (n) => {
    const articles = [...generateCorpus({ articles: n, seed: 1 })];
    expect(articles).toHaveLength(n);
    expect(new Set(articles.map((a) => a.id)).size).toBe(n);
  });

  it('yields valid JSON article objects with non-empty text', () => {
    for (const a of generateCorpus({ articles: 400, seed: 5 })) {
      const parsed: unknown = JSON.parse(JSON.stringify(a));
      expect(parsed).toEqual({ id: a.id, url: a.url, title: a.title, published: a.published, language: a.language, text: a.text });
      expect(a.text.trim().length).toBeGreaterThan(50);
      expect(a.title.length).toBeGreaterThan(0);
      expect(a.published).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
      expect(['en', 'fr']).toContain(a.language);
      expect(a.text).not.toMatch(/\{\w+\}|undefined|,\s*[.,]/u);
    }
  });

  it('reports a share of meetings more than once, and those reports share participants and date', () => {
    const corpus = take(2000, 11);
    const reports = new Map<string, { meeting: SyntheticMeeting; articles: GeneratedArticle[] }>();
    for (const g of corpus) {
      for (const m of g.meetings) {
        const entry = reports.get(m.meetingId) ?? { meeting: m, articles: [] };
        expect(m).toEqual(entry.meeting);
        entry.articles.push(g);
        reports.set(m.meetingId, entry);
      }
    }
    const repeated = [...reports.values()].filter((r) => r.articles.length > 1);
    expect(repeated.length).toBeGreaterThan(reports.size / 3);
    expect(new Set(repeated.flatMap((r) => r.articles.map((a) => a.article.language))).size).toBe(2);
    for (const { meeting, articles } of repeated) {
      for (const { article } of articles) {
        // Every report names each participant in full, in its language's spelling.
        for (const p of meeting.participants) expect(article.text).toContain(article.language === 'fr' ? p.nameFr : p.name);
        const lag = (Date.parse(article.published) - Date.parse(meeting.date)) / 86_400_000;
        if (meeting.status === 'occurred') expect(lag).toBeGreaterThanOrEqual(0);
        else expect(lag).toBeLessThan(0);
        expect(Math.abs(lag)).toBeLessThanOrEqual(10);
      }
    }
  });

  it('states the date in English reports that give it in full', () => {
    const full = take(1000, 3).filter((g) => g.article.language === 'en' && g.meetings.length === 1 && g.meetings[0]!.status === 'occurred');
    let checked = 0;
    for (const { article, meetings } of full) {
      const [y, m, d] = meetings[0]!.date.split('-').map(Number) as [number, number, number];
      const phrase = `${MONTHS_EN[m - 1]!} ${d}, ${y}`;
      const anyFullDate = /(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}/u.exec(article.text);
      if (anyFullDate) {
        expect(anyFullDate[0]).toBe(phrase);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('keeps about the requested share of negatives, with no meeting', () => {
    const corpus = take(1000, 9, { negativeShare: 0.1 });
    const negatives = corpus.filter((g) => g.meetings.length === 0);
    expect(negatives.length).toBeGreaterThanOrEqual(95);
    expect(negatives.length).toBeLessThanOrEqual(105);
  });

  it('puts several meetings in one article when asked', () => {
    const corpus = take(200, 2, { meetingsPerArticle: 2, negativeShare: 0 });
    expect(corpus.every((g) => g.meetings.length === 2)).toBe(true);
  });

  it('spells some names differently in French and English, as transliterations do', () => {
    const participants = take(3000, 4).flatMap((g) => g.meetings.flatMap((m) => m.participants));
    expect(participants.some((p) => p.name !== p.nameFr)).toBe(true);
  });

  it('keeps one holder per office and term: the same person key always has the same name', () => {
    const names = new Map<string, string>();
    for (const g of take(3000, 4)) {
      for (const m of g.meetings) {
        for (const p of m.participants) {
          expect(names.get(p.personKey) ?? p.name).toBe(p.name);
          names.set(p.personKey, p.name);
        }
      }
    }
  });
});
