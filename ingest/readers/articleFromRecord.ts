import { z } from 'zod';
import { rejected, type ReadItem } from './readItem.js';
import { toArticle } from './toArticle.js';

/**
 * One article as .json / .jsonl / stdin carry it: `{id, url, title, published, language?,
 * text}`; other keys (a dev set's `gold`, for instance) are ignored.
 */
const ArticleRecord = z.object({
  id: z.union([z.string(), z.number()]).nullish(),
  url: z.string().nullish(),
  title: z.string().nullish(),
  published: z.union([z.string(), z.number()]).nullish(),
  language: z.string().nullish(),
  author: z.string().nullish(),
  text: z.string(),
});

/** Validates one parsed JSON value as an article record and turns it into a ReadItem. */
export function articleFromRecord(value: unknown, source: string): ReadItem {
  const givenId = recordId(value);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return rejected(source, `expected a JSON object with a "text" field, got ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value}`);
  }
  if (!('text' in value) || (value as { text?: unknown }).text == null) return rejected(source, 'JSON article without text', givenId);
  const parsed = ArticleRecord.safeParse(value);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(record)'}: ${issue.message}`);
    return rejected(source, `invalid article record (${issues.join('; ')})`, givenId);
  }
  const record = parsed.data;
  return toArticle({ ...record, id: record.id == null ? null : String(record.id), source });
}

function recordId(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const id = (value as { id?: unknown }).id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : null;
}
