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

/**
 * The case requirements a surface carries, derived from how the lexicon writes it: acronyms in
 * capitals wherever they are, and a capital initial on the first word only, since French and
 * Spanish write a name's later words in lower case ("Arabie saoudite", "Émirats arabes unis").
 */
export function caseChecksOf(surface: string): CaseCheck[] {
  const checks: CaseCheck[] = [];
  let first = true;
  for (const m of surface.matchAll(/[\p{L}\p{N}.]+/gu)) {
    const word = m[0];
    const letters = [...word].filter((c) => LETTER.test(c));
    if (letters.length === 0) continue;
    const start = m.index;
    if (letters.length >= 2 && letters.every((c) => UPPER.test(c))) checks.push({ start, end: start + word.length, allCaps: true });
    else if (first && UPPER.test(word[0] ?? '')) checks.push({ start, end: start + 1, allCaps: false });
    first = false;
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

/**
 * The trie flattened for matching: node ids in depth-first order, and each node's children as one
 * run of [code, step] pairs sorted by code, the runs in node order. Lookups allocate nothing and
 * stay monomorphic. The table (a few hundred kilobytes) is out of cache by the time each article
 * is matched; in depth-first order a walk down a long name (its nodes' first children) reads
 * consecutive runs, a few cache lines for the whole name, where a hash table over the same edges
 * cost a miss at every character.
 */
export interface FlatTrie<P> {
  /** The run of node k's pairs is [2 * first[k], 2 * first[k + 1]) in `edges`. */
  readonly first: Int32Array;
  /** Pairs [folded code unit, step]; step `(child << 1) | 1 if patterns end at the child`. */
  readonly edges: Int32Array;
  /** Patterns ending at each node id (null when none). */
  readonly outs: readonly (CompiledPattern<P>[] | null)[];
  /** Which walks can find anything: see mayMatchAt. */
  readonly starts: WalkStarts;
}

/**
 * A few kilobytes that tell most word starts apart from the walks that can find a pattern:
 * the table (half a megabyte) is out of cache by the time each article is matched, and a walk
 * that fails on its fourth character has read four of its lines for nothing.
 */
interface WalkStarts {
  /** Code units at which a pattern of one unit ends. */
  readonly oneUnit: Uint8Array;
  /** Bits by unitsSlot of the first units of the patterns of two units, and of three units. */
  readonly twoUnits: Uint32Array;
  readonly threeUnits: Uint32Array;
  /** Bits by unitsSlot of the first four units of every path four units deep. */
  readonly fourUnits: Uint32Array;
}

/** Bits of each filter (a power of two): 4 KB. */
const FILTER_BITS = 1 << 15;
/** The filter slot of a walk's first units (unused ones are 0). */
const unitsSlot = (a: number, b: number, c: number, d: number): number =>
  Math.imul(Math.imul(Math.imul((a << 16) | b, 0x85ebca6b) ^ c, 0xc2b2ae35) ^ d, 0x9e3779b1) >>> 17;
const bitAt = (bits: Uint32Array, slot: number): boolean => (bits[slot >>> 5]! & (1 << (slot & 31))) !== 0;
const setBit = (bits: Uint32Array, slot: number): void => {
  bits[slot >>> 5]! |= 1 << (slot & 31);
};

/** The filters of a trie's first four levels. */
function walkStarts<P>(root: TrieNode<P>): WalkStarts {
  const bits = (): Uint32Array => new Uint32Array(FILTER_BITS / 32);
  const starts: WalkStarts = { oneUnit: new Uint8Array(0x10000), twoUnits: bits(), threeUnits: bits(), fourUnits: bits() };
  for (const [a, one] of root.next) {
    if (one.out) starts.oneUnit[a] = 1;
    for (const [b, two] of one.next) {
      if (two.out) setBit(starts.twoUnits, unitsSlot(a, b, 0, 0));
      for (const [c, three] of two.next) {
        if (three.out) setBit(starts.threeUnits, unitsSlot(a, b, c, 0));
        for (const d of three.next.keys()) setBit(starts.fourUnits, unitsSlot(a, b, c, d));
      }
    }
  }
  return starts;
}

/**
 * False when a walk reading the folded code units a, b, c, d first can find no pattern: none
 * ends on its first three units and the trie has no path of those four. True otherwise
 * (sometimes wrongly: the walk then finds nothing, as it would have).
 */
export function mayMatchAt<P>(t: FlatTrie<P>, a: number, b: number, c: number, d: number): boolean {
  const { oneUnit, twoUnits, threeUnits, fourUnits } = t.starts;
  return oneUnit[a] === 1 || bitAt(twoUnits, unitsSlot(a, b, 0, 0)) || bitAt(threeUnits, unitsSlot(a, b, c, 0)) || bitAt(fourUnits, unitsSlot(a, b, c, d));
}

const flatCache = new WeakMap<object, FlatTrie<unknown>>();

/** A run longer than this is halved first; shorter ones are read in order. */
const LINEAR_RUN = 8;

/** The nodes of a trie in depth-first order, children by code: a node's first child comes right after it. */
function depthFirst<P>(root: TrieNode<P>): TrieNode<P>[] {
  const order: TrieNode<P>[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop() as TrieNode<P>;
    order.push(node);
    const children = [...node.next].sort((x, y) => y[0] - x[0]);
    for (const [, child] of children) stack.push(child);
  }
  return order;
}

/** Flattens a trie built by compilePatterns once (cached per root); the root is node 0. */
export function flattenTrie<P>(root: TrieNode<P>): FlatTrie<P> {
  const cached = flatCache.get(root);
  if (cached) return cached as FlatTrie<P>;
  const order = depthFirst(root);
  const ids = new Map(order.map((node, id) => [node, id]));
  const first = new Int32Array(order.length + 1);
  const edges = new Int32Array(2 * (order.length - 1));
  let at = 0;
  order.forEach((node, id) => {
    first[id] = at;
    for (const [code, child] of [...node.next].sort((x, y) => x[0] - y[0])) {
      edges[2 * at] = code;
      edges[2 * at + 1] = ((ids.get(child) as number) << 1) | (child.out ? 1 : 0);
      at++;
    }
  });
  first[order.length] = at;
  const flat: FlatTrie<P> = { first, edges, outs: order.map((node) => node.out), starts: walkStarts(root) };
  flatCache.set(root, flat);
  return flat;
}

/**
 * The step from `node` by folded code unit in a flat trie: `(child << 1) | 1 if patterns end at
 * the child`, or -1 when there is no such child.
 */
export function flatStep<P>(t: FlatTrie<P>, node: number, code: number): number {
  const { first, edges } = t;
  let lo = first[node]!;
  let hi = first[node + 1]!;
  while (hi - lo > LINEAR_RUN) {
    const mid = (lo + hi) >> 1;
    if (edges[2 * mid]! <= code) lo = mid;
    else hi = mid;
  }
  for (let k = lo; k < hi; k++) {
    const c = edges[2 * k]!;
    if (c === code) return edges[2 * k + 1]!;
    if (c > code) return -1;
  }
  return -1;
}
