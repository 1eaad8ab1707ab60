import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../src/config/projectRoot.js';

// Reading a rules file and checking its raw JSON: every message names the file and the reason.

/** Throws the error of a bad rules file: `ingest/rules/<file>: <why>`. */
export function fail(file: string, why: string): never {
  throw new Error(`ingest/rules/${file}: ${why}`);
}

/** Parses ingest/rules/<file>, which must hold a JSON object. */
export function readJson(file: string): Record<string, unknown> {
  const raw: unknown = JSON.parse(readFileSync(join(projectRoot(), 'ingest', 'rules', file), 'utf8'));
  if (!raw || typeof raw !== 'object') fail(file, 'not a JSON object');
  return raw as Record<string, unknown>;
}

/** `value` (the file's `key`) as an array of objects. */
export function arrayOf(file: string, value: unknown, key: string): Record<string, unknown>[] {
  if (!Array.isArray(value)) fail(file, `"${key}" must be an array`);
  for (const v of value) if (!v || typeof v !== 'object') fail(file, `"${key}" holds a non-object`);
  return value as Record<string, unknown>[];
}

/** Entry `o`'s field `key`, a non-empty string. */
export function str(file: string, o: Record<string, unknown>, key: string): string {
  const v = o[key];
  if (typeof v !== 'string' || !v) fail(file, `entry ${String(o.id)}: "${key}" must be a non-empty string`);
  return v;
}

/** `v` (the file's `key`) as an array of strings, empty ones allowed. */
export function strings(file: string, v: unknown, key: string): string[] {
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) fail(file, `"${key}" must be an array of strings`);
  return v as string[];
}

/** `v` (the file's `key`) as an array of non-empty strings. */
export function stringList(file: string, v: unknown, key: string): string[] {
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' || !x)) fail(file, `"${key}" must be an array of non-empty strings`);
  return v as string[];
}
