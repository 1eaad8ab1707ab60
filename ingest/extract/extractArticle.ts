// STUB — replaced by the extraction work.
import type { Article } from '../../src/domain/article.js';
import type { Extraction } from '../../src/domain/extraction.js';
import { sha256 } from '../../src/domain/ids.js';
import { EXTRACTOR_VERSION } from '../extractorVersion.js';
import type { Lexicons } from '../lexicons/loadLexicons.js';

/** Extracts every fact of one article. Pure: no I/O, no clock. */
export function extractArticle(article: Article, _lexicons: Lexicons): Extraction {
  return {
    id: article.id,
    url: article.url,
    title: article.title,
    source: article.source,
    author: article.author,
    published: article.published,
    language: article.language,
    extractorVersion: EXTRACTOR_VERSION,
    contentHash: sha256(article.text),
    persons: [],
    countries: [],
    organizations: [],
    places: [],
    topics: [],
    events: [],
    warnings: [],
  };
}
