import { asciiFirstClass } from './asciiFirstClass.js';
import { checkSource, NOT_AFTER_WORD_CHAR, WORD_CHAR } from './checkSource.js';
import { needsFolding, ruleRegExp } from './foldCase.js';
import type { CueRule, MultiPattern } from './rules.js';

/** One rule's part of an alternation: its checked sources, each a capturing group that names `entry`. */
interface Alternative<T> {
  readonly entry: T;
  readonly id: string;
  readonly sources: readonly string[];
}

/** Every rule's sources in one alternation, one capturing group per source (see MultiPattern). */
export function multi<T>(file: string, items: readonly Alternative<T>[], flags: string, wordBounded = false): MultiPattern<T> {
  const parts: string[] = [];
  const entries: T[] = [];
  for (const it of items) {
    for (const s of it.sources) {
      parts.push(`(${checkSource(file, it.id, s)})`);
      entries.push(it.entry);
    }
  }
  // An alternation that can never match keeps the type simple when a language has no rule.
  // Word bounds around the whole alternation, not each branch: the same matches (a branch whose
  // right bound fails still backtracks into the next one), but one look-behind per position.
  const source = !parts.length ? '(?!)' : wordBounded ? bounded(parts.join('|')) : parts.join('|');
  const stickyFlags = `${flags.replace('g', '')}y`;
  const folded = parts.map((p) => needsFolding(p, flags));
  const exact = folded.some(Boolean) ? parts.map((p) => ruleRegExp(wordBounded ? bounded(p) : p, stickyFlags)) : undefined;
  return { ...multiPattern(source, flags, entries), ...(exact ? { exact, folded } : {}) };
}

/** Cue rules in one alternation, each rule's own regex a branch. */
export function multiRules(file: string, rules: readonly CueRule[], flags: string, wordBounded = false): MultiPattern<CueRule> {
  return multi(file, rules.map((r) => ({ entry: r, id: r.id, sources: [r.regex.source] })), flags, wordBounded);
}

function multiPattern<T>(source: string, flags: string, entries: readonly T[]): MultiPattern<T> {
  return { regex: new RegExp(source, flags), sticky: new RegExp(source, `${flags.replace('g', '')}y`), entries };
}

/** Keeps a pattern from matching inside a word ("roi" in "droit", "président" in "présidentiel"). */
function bounded(source: string): string {
  return `(?<!${asciiFirstClass('\\p{L}\\p{N}')})(?:${source})(?![\\p{L}\\p{N}])`;
}

/**
 * One alternation of cue rules; when every rule is a whole-word list (`\b(?:…)\b`, rewritten
 * by fastBoundaries) the bounds are hoisted around the alternation: one look-behind per position.
 */
export function multiWords(file: string, rules: readonly CueRule[], flags: string): MultiPattern<CueRule> {
  const start = `${NOT_AFTER_WORD_CHAR}(?:`;
  const end = `)(?!${WORD_CHAR})`;
  const words = rules.every((r) => r.regex.source.startsWith(start) && r.regex.source.endsWith(end) && r.regex.source.indexOf(start, 1) < 0);
  if (!words) return multiRules(file, rules, flags);
  const inner = rules.map((r) => ({ entry: r, id: r.id, sources: [r.regex.source.slice(start.length, -end.length)] }));
  const m = multi(file, inner, flags);
  return multiPattern(`${start}${m.regex.source}${end}`, flags, m.entries);
}

/** Index of the rule whose group matched in a MultiPattern match. */
function matchedIndex(m: RegExpExecArray): number {
  for (let i = 1; i < m.length; i++) if (m[i] !== undefined) return i - 1;
  throw new Error('matchedEntry: no group matched');
}

/** The rule whose group matched in a MultiPattern match. */
export function matchedEntry<T>(m: RegExpExecArray, mp: MultiPattern<T>): T {
  return mp.entries[matchedIndex(m)] as T;
}

/**
 * The rule that matches where `m` starts, read exactly: the one the alternation found, unless it
 * matched only by reading a capital as any letter; then the first rule after it that matches
 * there, as the alternation would have chosen. Null when none does.
 */
export function matchedEntryAt<T>(m: RegExpExecArray, mp: MultiPattern<T>, text: string): T | null {
  const found = matchedIndex(m);
  // A rule the alternation reads as written matches where its branch did: no need to test it again.
  if (!mp.exact || !mp.folded?.[found]) return mp.entries[found] as T;
  for (let i = found; i < mp.entries.length; i++) {
    const rule = mp.exact[i] as RegExp;
    rule.lastIndex = m.index;
    if (rule.test(text)) return mp.entries[i] as T;
  }
  return null;
}
