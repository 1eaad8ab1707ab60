import { alignByKey, apiRead, type ReadOptions } from './apiRead.js';

/** The stored text of each article, in the order of `ids` (DataLoader's contract); null for an unknown id or an article without text. */
export async function loadArticleTexts(ids: readonly string[], options: ReadOptions): Promise<(string | null)[]> {
  const rows = await apiRead('articles.texts', { ids: [...ids] }, options);
  return alignByKey(ids, rows, (r) => r.id, (r) => r.text, null);
}
