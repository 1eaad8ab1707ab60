import { decodeBytes } from './decodeBytes.js';
import { formatMegabytes, MAX_ARTICLE_BYTES } from './inputLimits.js';
import { readFileBytes } from './readFileBytes.js';
import { rejected, type ReadItem } from './readItem.js';
import { toArticle } from './toArticle.js';

/** A first line longer than this is a paragraph, not a headline. */
const MAX_HEADLINE_CHARS = 200;

/**
 * A .txt file is one article: the whole file is the text (kept intact, so offsets hold),
 * the first line is also its title when it looks like a headline; id from the text's hash.
 */
export async function* readTxt(path: string): AsyncIterable<ReadItem> {
  const file = await readFileBytes(path, MAX_ARTICLE_BYTES, `article larger than ${formatMegabytes(MAX_ARTICLE_BYTES)}`);
  if (!file.ok) return yield rejected(path, file.reason);
  const decoded = decodeBytes(file.bytes);
  if (!decoded.ok) return yield rejected(path, decoded.reason);
  yield toArticle({ source: path, text: decoded.text, title: headline(decoded.text) });
}

/**
 * The first line when it reads as a headline: short, not ending like a sentence, and
 * followed by more text. Headlines end without a full stop in every language we read.
 */
export function headline(text: string): string | null {
  const match = /^[ \t]*(\S[^\r\n]*?)[ \t]*\r?\n\s*\S/.exec(text);
  const line = match?.[1];
  if (!line || line.length > MAX_HEADLINE_CHARS) return null;
  if (/[.,;:…]$/.test(line)) return null;
  return line;
}
