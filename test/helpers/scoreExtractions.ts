import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractArticle } from '../../ingest/extract/extractArticle.js';
import { loadLexicons } from '../../ingest/lexicons/loadLexicons.js';
import type { Article } from '../../src/domain/article.js';
import { sharedPath } from './sharedData.js';

/** The scorer of hand-annotated articles, beside the clone as in CI. */
export const SCORER = sharedPath('eval', 'score.mjs');

export interface Score {
  readonly articles: number;
  readonly missing: number;
  readonly overall: number;
  /** Measure name → F1. */
  readonly f1: ReadonlyMap<string, number>;
}

/**
 * Extracts every gold article of `goldDir` (the dev schema: article fields plus `gold`) and
 * scores the extractions with ../shared/eval/score.mjs.
 */
export function scoreExtractions(goldDir: string): Score {
  const lexicons = loadLexicons();
  const lines = readdirSync(goldDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const raw = JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as Record<string, unknown>;
      const article: Article = {
        id: String(raw.id),
        url: null,
        title: typeof raw.title === 'string' ? raw.title : null,
        published: typeof raw.published === 'string' ? raw.published : null,
        language: typeof raw.language === 'string' ? raw.language : null,
        author: null,
        source: f,
        text: String(raw.text),
      };
      return JSON.stringify(extractArticle(article, lexicons));
    });
  const pred = join(mkdtempSync(join(tmpdir(), 'diplograph-score-')), 'pred.jsonl');
  writeFileSync(pred, lines.join('\n') + '\n');
  const out = execFileSync(process.execPath, [SCORER, '--gold', goldDir, '--pred', pred, '--json'], { encoding: 'utf8' });
  const score = JSON.parse(out) as { rows: { name: string; f1: number }[]; overall: number; missing: number; articles: number };
  return { articles: score.articles, missing: score.missing, overall: score.overall, f1: new Map(score.rows.map((r) => [r.name, r.f1])) };
}
