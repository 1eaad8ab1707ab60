import { describe, expect, it } from 'vitest';
import { feedItems } from '../../../../ingest/readers/readFeed.js';
import { readSources, type ReadItem } from '../../../../ingest/readers/readSources.js';
import type { Article } from '../../../../src/domain/article.js';

async function read(path: string): Promise<ReadItem[]> {
  const items: ReadItem[] = [];
  for await (const item of readSources([path])) items.push(item);
  return items;
}
const article = (item: ReadItem | undefined): Article => {
  if (item?.kind !== 'article') throw new Error(`expected an article, got ${JSON.stringify(item)}`);
  return item.article;
};

describe('the feed reader', () => {
  it('reads RSS 2.0 items: content:encoded over description, HTML stripped, link-based id, feed language', async () => {
    const items = await read('test/fixtures/inputs/folder/feed.rss');
    const first = article(items[0]);
    expect(first).toMatchObject({
      source: 'test/fixtures/inputs/folder/feed.rss#1',
      url: 'https://wire.example.com/2025/02/niamey-lome',
      title: 'Rencontre entre Niamey et Lomé',
      published: '2025-02-18',
      author: 'Awa Diallo',
      language: 'fr',
    });
    expect(first.text).toBe(
      'Le ministre nigérien des Affaires étrangères a reçu son homologue togolais à Niamey.\nLes deux ministres ont parlé de sécurité & de commerce.',
    );
    // Without a link, a non-URL guid is the id; an item without content is rejected.
    expect(article(items[1])).toMatchObject({ id: 'wire-1235', url: null, published: '2025-02-19' });
    expect(items[2]).toMatchObject({ kind: 'rejected', id: 'wire-1236', reason: 'feed item without content' });
  });

  it('reads Atom entries: alternate link, published before updated, author name, html title', async () => {
    const items = await read('test/fixtures/inputs/folder/feed.atom');
    expect(article(items[0])).toMatchObject({
      url: 'https://ministry.example.gov/readouts/42',
      title: 'Foreign Minister meets counterpart',
      published: '2025-05-23',
      author: 'Press Office',
      language: 'en',
      text: 'Foreign Minister Wang Yi met Congolese Foreign Minister Jean-Claude Gakosso in Beijing.',
    });
    expect(article(items[1])).toMatchObject({ id: 'urn:uuid:entry-43', published: '2025-05-22' });
  });

  it('gives the same id to an item as to the same article read elsewhere with that URL', async () => {
    const [fromFeed] = [...feedItems('<rss><channel><item><link>https://Example.com/a/#top</link><description>Texte.</description></item></channel></rss>', 'f.rss')];
    const [fromJson] = [...feedItems('<rss><channel><item><guid>https://example.com/a</guid><description>Autre.</description></item></channel></rss>', 'g.rss')];
    expect(article(fromFeed).id).toBe(article(fromJson).id);
  });

  it('reads Atom xhtml content', () => {
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>urn:x</id><title>T</title>
      <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Le ministre a reçu son homologue.</p><p>Ils ont parlé d'énergie.</p></div></content></entry></feed>`;
    expect(article([...feedItems(atom, 'x.atom')][0]).text).toBe("Le ministre a reçu son homologue.\nIls ont parlé d'énergie.");
  });

  it('reads RSS 1.0 (RDF) items and rejects malformed XML with its line', () => {
    const rdf = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel><title>T</title><dc:language>es</dc:language></channel>
      <item><title>Reunión</title><link>https://e.es/1</link><dc:date>2025-05-12T10:00:00+02:00</dc:date><description>El ministro se reunió con su homólogo.</description></item>
    </rdf:RDF>`;
    expect(article([...feedItems(rdf, 'r.rdf')][0])).toMatchObject({ language: 'es', published: '2025-05-12', title: 'Reunión' });
    const [broken] = [...feedItems('<rss><channel><item></channel></rss>', 'b.xml')];
    expect(broken).toMatchObject({ kind: 'rejected', source: 'b.xml' });
    expect((broken as { reason: string }).reason).toMatch(/^malformed XML: .*\(line 1\)$/);
  });
});
