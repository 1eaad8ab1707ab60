import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../config/projectRoot.js';
import { CORE_QUERIES } from './catalog/coreQueries.js';
import { INGEST_QUERIES } from './catalog/ingestQueries.js';
import { API_QUERIES } from './catalog/apiQueries.js';
import { EXPORT_QUERIES } from './catalog/exportQueries.js';
import { CORRECTION_QUERIES } from './catalog/correctionQueries.js';
import { TALLY_QUERIES } from './catalog/tallyQueries.js';

/** Every named query: file `queries/<name>.cypher` ↔ its declaration. */
export const QUERIES = { ...CORE_QUERIES, ...INGEST_QUERIES, ...API_QUERIES, ...EXPORT_QUERIES, ...CORRECTION_QUERIES, ...TALLY_QUERIES } as const;
export type QueryName = keyof typeof QUERIES;

/** The folder of the named Cypher files. */
export function queriesDir(): string {
  return join(projectRoot(), 'queries');
}

let loaded: ReadonlyMap<string, string> | undefined;

/**
 * The query without its whole-line `//` comments and its indentation, which are for readers of
 * the file: each run sends the text to the server (the driver copies it byte by byte), and
 * they are often most of it. No query of ours has a string literal spanning lines.
 */
export function compactQueryText(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('//'))
    .join('\n');
}

/**
 * Loads every queries/*.cypher file once. A file without a declaration, or a declaration
 * without a file, stops start-up: the two must never drift apart.
 */
export function loadQueryTexts(): ReadonlyMap<string, string> {
  if (loaded) return loaded;
  const dir = queriesDir();
  const texts = new Map<string, string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.cypher'))) {
    texts.set(file.slice(0, -'.cypher'.length), compactQueryText(readFileSync(join(dir, file), 'utf8')));
  }
  const declared = new Set(Object.keys(QUERIES));
  const unregistered = [...texts.keys()].filter((n) => !declared.has(n));
  const missing = [...declared].filter((n) => !texts.has(n));
  if (unregistered.length || missing.length) {
    throw new Error(
      `queries/ and the query catalog disagree: unregistered files [${unregistered.join(', ')}], missing files [${missing.join(', ')}]`,
    );
  }
  loaded = texts;
  return texts;
}
