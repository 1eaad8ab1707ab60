import type { Article } from '../../src/domain/article.js';
import { articleId } from '../../src/domain/ids.js';
import { normalizeLanguage } from '../language/normalizeLanguage.js';
import { checkArticleText } from './checkArticleText.js';
import { normalizePublished } from './normalizePublished.js';
import { rejected, type ReadItem } from './readItem.js';

/** What a reader knows about one article before checks and normalisation. */
export interface RawArticle {
  readonly source: string;
  readonly text: string;
  readonly id?: string | null;
  readonly url?: string | null;
  readonly title?: string | null;
  readonly published?: string | number | null;
  readonly language?: string | null;
  readonly author?: string | null;
}

/**
 * Checks and normalises what a reader found into an Article (id given, else hash of the
 * canonical URL, else of the text; published → YYYY-MM-DD; language → ISO 639-1), or a
 * rejected item naming the source and the reason. Text is kept exactly as read.
 */
export function toArticle(raw: RawArticle): ReadItem {
  const givenId = clean(raw.id);
  const problem = checkArticleText(raw.text);
  if (problem) return rejected(raw.source, problem, givenId);
  const url = absoluteUrl(raw.url);
  const article: Article = {
    id: articleId(givenId, url, raw.text),
    url,
    title: clean(raw.title),
    published: normalizePublished(raw.published),
    language: normalizeLanguage(raw.language),
    author: clean(raw.author),
    source: raw.source,
    text: raw.text,
  };
  return { kind: 'article', article };
}

function clean(value: string | null | undefined): string | null {
  const trimmed = value?.replace(/\s+/g, ' ').trim();
  return trimmed ? trimmed : null;
}

/** Only absolute http(s) URLs identify an article; a relative canonical link does not. */
function absoluteUrl(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  if (!trimmed) return null;
  try {
    const url = new URL(trimmed);
    return url.protocol === 'http:' || url.protocol === 'https:' ? trimmed : null;
  } catch {
    return null;
  }
}
