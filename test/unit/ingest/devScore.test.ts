import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../../ingest/extract/extractArticle.js';
import { loadLexicons } from '../../../ingest/lexicons/loadLexicons.js';
import { projectRoot } from '../../../src/config/projectRoot.js';
import type { Article } from '../../../src/domain/article.js';

// The dev set and its scorer live beside the clone (../shared/eval), as in CI.
const shared = join(projectRoot(), '..', 'shared', 'eval');

interface Row { name: string; f1: number }

describe('extraction quality on the dev set (../shared/eval/score.mjs)', () => {
  let rows: Map<string, number>;
  let overall: number;

  beforeAll(() => {
    const lexicons = loadLexicons();
    const dev = join(shared, 'dev');
    const lines = readdirSync(dev)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => {
        const raw = JSON.parse(readFileSync(join(dev, f), 'utf8')) as Record<string, unknown>;
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
    const pred = join(mkdtempSync(join(tmpdir(), 'diplograph-dev-')), 'pred.jsonl');
    writeFileSync(pred, lines.join('\n') + '\n');
    const out = execFileSync(process.execPath, [join(shared, 'score.mjs'), '--gold', dev, '--pred', pred, '--json'], { encoding: 'utf8' });
    const score = JSON.parse(out) as { rows: Row[]; overall: number; missing: number };
    expect(score.missing).toBe(0);
    rows = new Map(score.rows.map((r) => [r.name, r.f1]));
    overall = score.overall;
  }, 120_000);

  it('overall F1 ≥ 0.85', () => {
    expect(overall).toBeGreaterThanOrEqual(0.85);
  });

  it.each([
    ['event detected', 0.95],
    ['event countries', 0.9],
    ['event participants', 0.85],
  ])('%s F1 ≥ %s', (name, min) => {
    expect(rows.get(name)).toBeGreaterThanOrEqual(min);
  });
});
