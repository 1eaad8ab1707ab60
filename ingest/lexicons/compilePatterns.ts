import { foldText } from './foldText.js';

/** One surface form to look for. A trailing `*` makes it a stem that may run on to the end of the word. */
export interface PatternSource<P> {
  readonly surface: string;
  readonly payload: P;
}

/**
 * A case requirement over `[start, end)` of a match: `allCaps` (an acronym such as "UA" must be
 * written in capitals) or an uppercase initial ("Chad" is the country, "chad" is not).
 */
export interface CaseCheck {
  readonly start: number;
  readonly end: number;
  readonly allCaps: boolean;
}

/** A pattern as the matcher keeps it at the trie node where it ends. */
export interface CompiledPattern<P> {
  readonly surface: string;
  readonly prefix: boolean;
  readonly caseChecks: readonly CaseCheck[];
  readonly payload: P;
}

/** A node of the folded-text trie: children by folded UTF-16 code unit, patterns ending here. */
export interface TrieNode<P> {
  readonly next: Map<number, TrieNode<P>>;
  out: CompiledPattern<P>[] | null;
}

const UPPER = /\p{Lu}/u;
const LETTER = /\p{L}/u;

/** The case requirements a surface carries, derived from how the lexicon writes it. */
export function caseChecksOf(surface: string): CaseCheck[] {
  const checks: CaseCheck[] = [];
  for (const m of surface.matchAll(/[\p{L}\p{N}.]+/gu)) {
    const word = m[0];
    const letters = [...word].filter((c) => LETTER.test(c));
    if (letters.length === 0) continue;
    const start = m.index;
    if (letters.length >= 2 && letters.every((c) => UPPER.test(c))) checks.push({ start, end: start + word.length, allCaps: true });
    else if (UPPER.test(word[0] ?? '')) checks.push({ start, end: start + 1, allCaps: false });
  }
  return checks;
}

/**
 * Builds the trie over folded surfaces once, at load time. Surfaces that fold alike share a
 * node; their patterns are kept in the order given, which is the order of preference.
 */
export function compilePatterns<P>(sources: Iterable<PatternSource<P>>): TrieNode<P> {
  const root: TrieNode<P> = { next: new Map(), out: null };
  for (const src of sources) {
    const raw = src.surface.trim();
    const prefix = raw.endsWith('*');
    const surface = prefix ? raw.slice(0, -1) : raw;
    const folded = foldText(surface);
    if (folded.length === 0) continue;
    let node = root;
    for (let i = 0; i < folded.length; i++) {
      const c = folded.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) {
        child = { next: new Map(), out: null };
        node.next.set(c, child);
      }
      node = child;
    }
    (node.out ??= []).push({ surface, prefix, caseChecks: caseChecksOf(surface), payload: src.payload });
  }
  return root;
}
