// `npm run bench:real [-- --split dev|holdout|all --lang fr --texts DIR --keep DIR]`: scores the
// extractor on the real-article workbench. The repository holds only facts about each article
// (bench/real/gold: gold labels, address, the query that found it); the texts are third-party and
// stay local, in DIR (default ~/diplograph-real, one `<id>.json` each: id, url, language, title,
// published, text). It scores whatever texts are present and says how many are missing.
//
// The split is fixed by each article's address, so it was set before any rule was changed and
// never moves: about a third is held back, to be scored once at the end (see bench/real/README.md).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { extractArticle } from '../ingest/extract/extractArticle.js';
import { loadLexicons } from '../ingest/lexicons/loadLexicons.js';
import { projectRoot } from '../src/config/projectRoot.js';
import type { Article } from '../src/domain/article.js';

/** First hex digits of sha256(url) that put an article in the held-back part (5 of 16). */
const HOLDOUT_DIGITS = new Set(['0', '1', '2', '3', '4']);

type Split = 'dev' | 'holdout';

interface GoldFact {
  id: string;
  url: string;
  query: string;
  language: string;
  published: string | null;
  gold: unknown;
}

interface LocalText {
  id: string;
  title: string | null;
  published: string | null;
  language: string | null;
  text: string;
}

/** The part an article belongs to, from its address alone. */
export function splitOf(url: string): Split {
  const digit = createHash('sha256').update(url).digest('hex')[0] as string;
  return HOLDOUT_DIGITS.has(digit) ? 'holdout' : 'dev';
}

const { values } = parseArgs({
  options: {
    split: { type: 'string', default: 'dev' },
    lang: { type: 'string' },
    texts: { type: 'string', default: process.env.DIPLOGRAPH_REAL_TEXTS ?? join(homedir(), 'diplograph-real') },
    scorer: { type: 'string', default: join(projectRoot(), '..', 'shared', 'eval', 'score.mjs') },
    keep: { type: 'string' },
    verbose: { type: 'boolean', default: false },
  },
});
const wanted = values.split as Split | 'all';
if (!['dev', 'holdout', 'all'].includes(wanted)) throw new Error(`--split ${wanted}: expected dev, holdout or all`);
if (!existsSync(values.scorer)) throw new Error(`scorer ${values.scorer} not found: pass --scorer PATH (../shared/eval/score.mjs)`);

const goldDir = join(projectRoot(), 'bench', 'real', 'gold');
const facts = readdirSync(goldDir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as GoldFact)
  .filter((g) => (wanted === 'all' || splitOf(g.url) === wanted) && (!values.lang || g.language === values.lang));

const work = values.keep ?? mkdtempSync(join(tmpdir(), 'diplograph-real-'));
const assembled = join(work, 'gold');
mkdirSync(assembled, { recursive: true });
const lexicons = loadLexicons();
const lines: string[] = [];
const missing: string[] = [];
for (const fact of facts) {
  const local = join(values.texts, `${fact.id}.json`);
  if (!existsSync(local)) {
    missing.push(fact.id);
    continue;
  }
  const body = JSON.parse(readFileSync(local, 'utf8')) as LocalText;
  // The scorer reads the dev schema: the article's fields beside its gold.
  writeFileSync(join(assembled, `${fact.id}.json`), JSON.stringify({ ...fact, title: body.title, text: body.text }));
  const article: Article = {
    id: fact.id,
    url: fact.url,
    title: body.title,
    published: fact.published,
    language: fact.language,
    author: null,
    source: local,
    text: body.text,
  };
  lines.push(JSON.stringify(extractArticle(article, lexicons)));
}
const pred = join(work, 'pred.jsonl');
writeFileSync(pred, lines.join('\n') + '\n');

const byLang = new Map<string, number>();
for (const f of facts) if (!missing.includes(f.id)) byLang.set(f.language, (byLang.get(f.language) ?? 0) + 1);
process.stdout.write(`split ${wanted}: ${facts.length} gold articles, ${lines.length} texts present, ${missing.length} missing` +
  ` (${[...byLang].map(([l, n]) => `${l} ${n}`).join(', ')})\n`);
if (missing.length) process.stdout.write(`missing texts (re-find them from each gold file's url and query): ${missing.join(' ')}\n`);
if (!lines.length) process.exit(0);
const score = (lang?: string): string =>
  execFileSync(process.execPath, [values.scorer, '--gold', assembled, '--pred', pred, ...(lang ? ['--lang', lang] : []), ...(values.verbose ? ['--verbose'] : [])], { encoding: 'utf8' });
process.stdout.write(score(values.lang));
if (!values.lang) {
  for (const lang of [...byLang.keys()].sort()) {
    const last = score(lang).trim().split('\n').pop();
    process.stdout.write(`  ${lang}: ${last}\n`);
  }
}
if (values.keep) process.stdout.write(`gold and predictions kept in ${work}\n`);
