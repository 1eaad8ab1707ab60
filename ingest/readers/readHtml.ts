import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { decodeBytes, sniffDeclaredEncoding } from './decodeBytes.js';
import { elementToText, htmlToText } from './htmlToText.js';
import { MAX_HTML_BYTES } from './inputLimits.js';
import { readFileBytes } from './readFileBytes.js';
import { rejected, type ReadItem } from './readItem.js';
import { toArticle } from './toArticle.js';

/** Metadata an HTML page states about itself, read before Readability rewrites the DOM. */
export interface HtmlMetadata {
  readonly url: string | null;
  readonly title: string | null;
  readonly published: string | null;
  readonly language: string | null;
  readonly author: string | null;
}

/** The parts of linkedom's Document used here. */
type HtmlDocument = ReturnType<typeof parseHTML>['document'];

/**
 * A .html page is one article: main text through Mozilla Readability (falling back to the
 * whole body when it finds no article), title, byline, `<html lang>`, publication date
 * (article:published_time, itemprop datePublished, JSON-LD, `<time datetime>`) and the
 * canonical URL (`<link rel=canonical>`, og:url) for the id.
 */
export async function* readHtml(path: string): AsyncIterable<ReadItem> {
  const file = await readFileBytes(path, MAX_HTML_BYTES, 'HTML file too large');
  if (!file.ok) return yield rejected(path, file.reason);
  const decoded = decodeBytes(file.bytes, sniffDeclaredEncoding(file.bytes) ?? 'utf-8');
  if (!decoded.ok) return yield rejected(path, decoded.reason);
  yield htmlToArticle(decoded.text, path);
}

/** Turns an HTML page into an article item (exported for feeds and tests). */
export function htmlToArticle(html: string, source: string): ReadItem {
  const { document } = parseHTML(html);
  if (!document.body || !/\S/.test(document.body.textContent ?? '')) return rejected(source, 'HTML without body text');
  const meta = readHtmlMetadata(document);
  let text = '';
  let byline: string | null = null;
  let title: string | null = null;
  let published: string | null = null;
  try {
    // Readability mutates the DOM it reads; metadata was taken first.
    const parsed = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
    if (parsed?.content) {
      text = htmlToText(parsed.content);
      byline = parsed.byline ?? null;
      title = parsed.title ?? null;
      published = parsed.publishedTime ?? null;
    }
  } catch {
    // Readability gives up on odd DOMs; the body text below is then the article.
  }
  if (!/\S/.test(text)) text = elementToText(parseHTML(html).document.body as never);
  if (!/\S/.test(text)) return rejected(source, 'HTML without body text');
  return toArticle({
    source,
    text,
    url: meta.url,
    title: meta.title ?? title,
    published: meta.published ?? published,
    language: meta.language,
    author: meta.author ?? stripByPrefix(byline),
  });
}

/** Metadata from `<head>` and microdata: first of the listed sources that gives a value. */
export function readHtmlMetadata(document: HtmlDocument): HtmlMetadata {
  const attr = (selector: string, name: string): string | null => document.querySelector(selector)?.getAttribute(name)?.trim() || null;
  const jsonLd = readJsonLd(document);
  const itemprop = document.querySelector('[itemprop="datePublished"]');
  return {
    url: attr('link[rel="canonical"]', 'href') ?? attr('meta[property="og:url"]', 'content'),
    title: attr('meta[property="og:title"]', 'content') ?? jsonLd.headline,
    published:
      attr('meta[property="article:published_time"]', 'content') ??
      (itemprop?.getAttribute('content') || itemprop?.getAttribute('datetime') || null) ??
      jsonLd.datePublished ??
      attr('meta[name="date"]', 'content') ??
      attr('meta[name="DC.date.issued"]', 'content') ??
      attr('meta[name="dc.date"]', 'content') ??
      attr('time[datetime]', 'datetime'),
    language:
      (document.documentElement?.getAttribute('lang')?.trim() || null) ??
      attr('meta[http-equiv="content-language"]', 'content') ??
      attr('meta[property="og:locale"]', 'content'),
    author: attr('meta[name="author"]', 'content') ?? jsonLd.author,
  };
}

interface JsonLdFacts {
  datePublished: string | null;
  headline: string | null;
  author: string | null;
}

/** datePublished, headline and author from `application/ld+json` blocks (any nesting, @graph). */
function readJsonLd(document: HtmlDocument): JsonLdFacts {
  const facts: JsonLdFacts = { datePublished: null, headline: null, author: null };
  const visit = (node: unknown, depth: number): void => {
    if (depth > 8 || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach((child) => visit(child, depth + 1));
    const record = node as Record<string, unknown>;
    if (!facts.datePublished && typeof record.datePublished === 'string') facts.datePublished = record.datePublished;
    if (!facts.headline && typeof record.headline === 'string') facts.headline = record.headline;
    if (!facts.author) facts.author = authorName(record.author);
    for (const value of Object.values(record)) if (typeof value === 'object') visit(value, depth + 1);
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''), 0);
    } catch {
      // A broken JSON-LD block is common on the web and says nothing about the article.
    }
  }
  return facts;
}

function authorName(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return authorName(value[0]);
  if (value && typeof value === 'object' && typeof (value as { name?: unknown }).name === 'string') return (value as { name: string }).name;
  return null;
}

/** Bylines often start with "By"/"Par"/"Por"; the author field holds the name alone. */
function stripByPrefix(byline: string | null): string | null {
  return byline ? byline.replace(/^\s*(by|par|por)\s+/i, '').trim() || null : null;
}
