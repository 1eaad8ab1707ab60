import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Writes `count` small distinct news articles as one JSONL file and returns its path. */
export function writeJsonlArticles(count: number, prefix = 'art'): string {
  const dir = mkdtempSync(join(tmpdir(), 'diplograph-'));
  const path = join(dir, `${prefix}.jsonl`);
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const day = String((i % 27) + 1).padStart(2, '0');
    lines.push(
      JSON.stringify({
        id: `${prefix}-${i}`,
        url: null,
        title: `Talks number ${i}`,
        published: `2024-03-${day}`,
        language: 'en',
        text: `Russian Foreign Minister Sergey Lavrov met his Malian counterpart Abdoulaye Diop in Moscow on March ${day}, 2024, for talks number ${i} on energy and security cooperation.`,
      }),
    );
  }
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
}

/** Writes these article records as one JSONL file and returns its path. */
export function writeJsonlRecords(records: readonly object[], name = 'articles'): string {
  const path = join(mkdtempSync(join(tmpdir(), 'diplograph-')), `${name}.jsonl`);
  writeFileSync(path, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  return path;
}
