import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlToArticle } from '../../../../ingest/readers/readHtml.js';
import { readSources } from '../../../../ingest/readers/readSources.js';

describe('the HTML reader', () => {
  it('reads main text, title, author, language, date and canonical URL of a page', async () => {
    const items = [];
    for await (const item of readSources(['test/fixtures/inputs/folder/meeting.html'])) items.push(item);
    expect(items).toHaveLength(1);
    const item = items[0]!;
    if (item.kind !== 'article') throw new Error(item.reason);
    const { article } = item;
    expect(article).toMatchObject({
      url: 'https://news.example.org/2025/03/jaishankar-wang-yi',
      title: 'Jaishankar meets Wang Yi in New Delhi',
      author: 'Jane Reporter',
      language: 'en',
      published: '2025-03-04',
    });
    expect(article.id).toMatch(/^u[0-9a-f]{16}$/);
    expect(article.text).toContain('External Affairs Minister S. Jaishankar met Chinese Foreign Minister Wang Yi');
    expect(article.text).toContain('restore "peace and tranquillity"');
    // Navigation, scripts, styles and footers are not article text.
    expect(article.text).not.toMatch(/Home|trackPageView|color: red|©/);
    expect(article.text.split('\n').length).toBeGreaterThanOrEqual(3);
  });

  it.each([
    ['meta article:published_time', '<meta property="article:published_time" content="2024-03-02T10:00:00Z">', '2024-03-02'],
    ['itemprop datePublished', '<meta itemprop="datePublished" content="2024-03-03">', '2024-03-03'],
    ['JSON-LD', '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-03-04"}</script>', '2024-03-04'],
    ['time datetime', '', '2024-03-05'],
  ])('takes the publication date from %s', (_label, head, expected) => {
    const html = `<html><head>${head}</head><body><p>Le ministre a reçu son homologue. <time datetime="2024-03-05T08:00">5 mars</time></p></body></html>`;
    const item = htmlToArticle(html, 'page.html');
    expect(item.kind === 'article' && item.article.published).toBe(expected);
  });

  it('keeps the language null when the page does not say, and rejects a page without body text', () => {
    const item = htmlToArticle('<html><body><p>Un texte.</p></body></html>', 'page.html');
    expect(item.kind === 'article' && item.article.language).toBeNull();
    expect(htmlToArticle('<html><head><title>T</title></head><body> <script>x()</script> </body></html>', 'e.html')).toMatchObject({
      kind: 'rejected',
      reason: 'HTML without body text',
    });
  });
});

describe('the HTML reader on declared encodings', () => {
  it('decodes a page in the charset it declares (windows-1252), where UTF-8 would be rejected', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'diplograph-html-'));
    try {
      const html = '<html><head><meta charset="windows-1252"></head><body><p>Le ministre a reçu son homologue à Bamako.</p></body></html>';
      await writeFile(join(dir, 'latin.html'), Buffer.from(html, 'latin1'));
      const items = [];
      for await (const item of readSources([join(dir, 'latin.html')])) items.push(item);
      expect(items[0]).toMatchObject({ kind: 'article', article: { text: 'Le ministre a reçu son homologue à Bamako.' } });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
