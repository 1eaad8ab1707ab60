import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { decodeBytes, sniffDeclaredEncoding } from './decodeBytes.js';
import { htmlToText } from './htmlToText.js';
import { MAX_DOCUMENT_BYTES } from './inputLimits.js';
import { readFileBytes } from './readFileBytes.js';
import { rejected, type ReadItem } from './readItem.js';
import { toArticle } from './toArticle.js';

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link' || name === 'author' || name === 'dc:creator',
});

/**
 * An RSS 2.0, RSS 1.0 (RDF) or Atom file: each item/entry is an article with the source
 * "path#N" (1-based): title, link, date (pubDate, dc:date, published, updated), text from
 * content:encoded / content / description / summary stripped of HTML, author (dc:creator,
 * author). The id is a hash of the link (or of a URL guid), else the guid itself, else the text.
 * An .xml file that is not a feed is rejected.
 */
export async function* readFeed(path: string): AsyncIterable<ReadItem> {
  const file = await readFileBytes(path, MAX_DOCUMENT_BYTES, 'feed file too large');
  if (!file.ok) return yield rejected(path, file.reason);
  const decoded = decodeBytes(file.bytes, sniffDeclaredEncoding(file.bytes) ?? 'utf-8');
  if (!decoded.ok) return yield rejected(path, decoded.reason);
  yield* feedItems(decoded.text, path);
}

/** The articles of a feed document held in a string (exported for tests). */
export function* feedItems(xml: string, path: string): Iterable<ReadItem> {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return yield rejected(path, `malformed XML: ${valid.err.msg} (line ${valid.err.line})`);
  const root = parser.parse(xml) as Node;
  const rss = asNode(root.rss);
  const rdf = asNode(root['rdf:RDF']);
  const atom = asNode(root.feed);
  if (rss || rdf) {
    const channel = asNode(rss?.channel) ?? asNode(rdf?.channel);
    const language = textOf(channel?.language) ?? textOf(channel?.['dc:language']);
    const items = asNodes(asNode(rss?.channel)?.item ?? rdf?.item);
    for (let i = 0; i < items.length; i++) yield rssItem(items[i]!, `${path}#${i + 1}`, language);
    return;
  }
  if (atom) {
    const language = textOf(atom['@_xml:lang']);
    const entries = asNodes(atom.entry);
    for (let i = 0; i < entries.length; i++) yield atomEntry(entries[i]!, `${path}#${i + 1}`, language);
    return;
  }
  yield rejected(path, 'XML file is not an RSS or Atom feed');
}

function rssItem(item: Node, source: string, feedLanguage: string | null): ReadItem {
  const guidNode = item.guid;
  const guid = textOf(guidNode);
  const link = asNodes(item.link).map(textOf).find(Boolean) ?? null;
  const body = textOf(item['content:encoded']) ?? textOf(item.description);
  if (!body) return rejected(source, 'feed item without content', guid);
  const guidIsUrl = guid !== null && /^https?:\/\//i.test(guid) && asNode(guidNode)?.['@_isPermaLink'] !== 'false';
  const url = link ?? (guidIsUrl ? guid : null);
  return toArticle({
    source,
    text: htmlToText(body),
    id: url ? null : guid,
    url,
    title: titleOf(item.title),
    published: textOf(item.pubDate) ?? textOf(item['dc:date']),
    language: textOf(item['dc:language']) ?? feedLanguage,
    author: asNodes(item['dc:creator']).map(textOf).find(Boolean) ?? asNodes(item.author).map(textOf).find(Boolean) ?? null,
  });
}

function atomEntry(entry: Node, source: string, feedLanguage: string | null): ReadItem {
  const id = textOf(entry.id);
  const links = asNodes(entry.link);
  const alternate = links.find((link) => !link['@_rel'] || link['@_rel'] === 'alternate') ?? links[0];
  const href = textOf(alternate?.['@_href']);
  const body = textOf(entry.content) ?? xhtmlText(entry.content) ?? textOf(entry.summary) ?? xhtmlText(entry.summary);
  if (!body) return rejected(source, 'feed entry without content', id);
  const url = href ?? (id && /^https?:\/\//i.test(id) ? id : null);
  return toArticle({
    source,
    text: htmlToText(body),
    id: url ? null : id,
    url,
    title: titleOf(entry.title),
    published: textOf(entry.published) ?? textOf(entry.updated),
    language: textOf(asNode(entry.content)?.['@_xml:lang']) ?? textOf(entry['@_xml:lang']) ?? feedLanguage,
    author: asNodes(entry.author).map((author) => textOf(author.name)).find(Boolean) ?? null,
  });
}

/** Titles may carry markup (Atom type="html", CDATA in RSS): plain text on one line. */
function titleOf(value: unknown): string | null {
  const text = textOf(value);
  return text ? htmlToText(text).replace(/\n/g, ' ') || null : null;
}

/**
 * Text of Atom `type="xhtml"` content, which the parser turns into nested elements: every
 * text node in document order, one per line (its markup is gone, so its paragraphs are
 * approximated by its text nodes). Null when there is none.
 */
function xhtmlText(value: unknown): string | null {
  const node = asNode(value);
  if (!node) return null;
  const parts: string[] = [];
  const walk = (child: unknown): void => {
    if (typeof child === 'string' || typeof child === 'number') parts.push(String(child));
    else if (Array.isArray(child)) child.forEach(walk);
    else if (child && typeof child === 'object') for (const [key, inner] of Object.entries(child)) if (!key.startsWith('@_')) walk(inner);
  };
  walk(node);
  const text = parts.map((part) => part.trim()).filter(Boolean).join('\n');
  return text || null;
}

/** A node's text: the string itself, or its #text when it has attributes. */
function textOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return textOf(value[0]);
  const node = asNode(value);
  return node ? textOf(node['#text']) : null;
}

function asNode(value: unknown): Node | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Node) : null;
}

function asNodes(value: unknown): Node[] {
  const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return list.map((entry) => (typeof entry === 'string' ? { '#text': entry } : asNode(entry))).filter((entry): entry is Node => entry !== null);
}
