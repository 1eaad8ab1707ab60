import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../../ingest/extract/extractArticle.js';
import { loadLexicons } from '../../../ingest/lexicons/loadLexicons.js';
import { projectRoot } from '../../../src/config/projectRoot.js';
import type { Article } from '../../../src/domain/article.js';

// Regression guard on the held-out set (test/fixtures/holdout, h01–h20, written for the project
// after the rules were developed on ../shared/eval/dev). The floors are the scores reached with
// extractor 0.5.1 minus a small margin: a guard against regressions, not a target to tune to.
const holdout = join(projectRoot(), 'test', 'fixtures', 'holdout');
const scorer = join(projectRoot(), '..', 'shared', 'eval', 'score.mjs');

interface Row { name: string; f1: number }

describe('extraction quality on the held-out set (../shared/eval/score.mjs)', () => {
  let rows: Map<string, number>;
  let overall: number;

  beforeAll(() => {
    const lexicons = loadLexicons();
    const lines = readdirSync(holdout)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => {
        const raw = JSON.parse(readFileSync(join(holdout, f), 'utf8')) as Record<string, unknown>;
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
    const pred = join(mkdtempSync(join(tmpdir(), 'diplograph-holdout-')), 'pred.jsonl');
    writeFileSync(pred, lines.join('\n') + '\n');
    const out = execFileSync(process.execPath, [scorer, '--gold', holdout, '--pred', pred, '--json'], { encoding: 'utf8' });
    const score = JSON.parse(out) as { rows: Row[]; overall: number; missing: number; articles: number };
    expect(score.articles).toBe(20);
    expect(score.missing).toBe(0);
    rows = new Map(score.rows.map((r) => [r.name, r.f1]));
    overall = score.overall;
  }, 120_000);

  it('overall F1 ≥ 0.88 (0.929 reached)', () => {
    expect(overall).toBeGreaterThanOrEqual(0.88);
  });

  it.each([
    // measure, floor (reached with 0.5.1 in the comment)
    ['event detected', 0.93], // 1.000
    ['events', 0.9], // 0.974
    ['event countries', 0.9], // 0.959
    ['event participants', 0.9], // 0.966
    ['participant country', 0.9], // 0.974
    ['persons', 0.94], // 0.992
    ['countries', 0.94], // 0.986
  ])('%s F1 ≥ %s', (name, min) => {
    expect(rows.get(name)).toBeGreaterThanOrEqual(min);
  });
});
