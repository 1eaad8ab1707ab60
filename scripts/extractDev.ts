// Prints one extraction per line for every article of the dev set (../shared/eval/dev), so
// that `node ../shared/eval/score.mjs --gold … --pred out.jsonl` can score the extractor.
// Usage: npx tsx scripts/extractDev.ts [DEV_DIR] > /tmp/out.jsonl
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../src/config/projectRoot.js';
import type { Article } from '../src/domain/article.js';
import { extractArticle } from '../ingest/extract/extractArticle.js';
import { loadLexicons } from '../ingest/lexicons/loadLexicons.js';

const dir = process.argv[2] ?? join(projectRoot(), '..', 'shared', 'eval', 'dev');
const lexicons = loadLexicons();
for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
  const raw = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;
  const article: Article = {
    id: String(raw.id),
    url: typeof raw.url === 'string' ? raw.url : null,
    title: typeof raw.title === 'string' ? raw.title : null,
    published: typeof raw.published === 'string' ? raw.published : null,
    language: typeof raw.language === 'string' ? raw.language : null,
    author: null,
    source: join(dir, file),
    text: String(raw.text ?? ''),
  };
  process.stdout.write(JSON.stringify(extractArticle(article, lexicons)) + '\n');
}
