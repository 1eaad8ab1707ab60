import type { Lexicons } from '../lexicons/loadLexicons.js';
import { bmpOnly, holdsAstral } from './bmpOnly.js';
import type { Rules } from './loadRules.js';

/**
 * A copy of a rule set's object graph with every regex replaced by its BMP-only twin (see
 * bmpOnly). Objects, arrays, maps and sets that hold no regex, however deep, are shared, not
 * copied; one that is reached twice is copied once, so identities within the rules still hold.
 */
function twinGraph<T>(root: T): T {
  const holdsRegExp = new Map<object, boolean>();
  const copies = new Map<object, unknown>();

  const children = (o: object): unknown[] => {
    if (o instanceof Map) return [...o].flat();
    if (o instanceof Set) return [...o];
    return Object.values(o);
  };
  const needsCopy = (value: unknown): boolean => {
    if (value === null || typeof value !== 'object') return false;
    if (value instanceof RegExp) return true;
    let known = holdsRegExp.get(value);
    if (known === undefined) {
      holdsRegExp.set(value, false); // A cycle holds no regex it has not reached already.
      known = children(value).some(needsCopy);
      holdsRegExp.set(value, known);
    }
    return known;
  };
  const twin = <V>(value: V): V => {
    if (!needsCopy(value)) return value;
    const o = value as unknown as object;
    let copy = copies.get(o);
    if (copy === undefined) {
      copy = copyOf(o);
      copies.set(o, copy);
    }
    return copy as V;
  };
  const copyOf = (o: object): unknown => {
    if (o instanceof RegExp) return bmpOnly(o);
    if (Array.isArray(o)) return o.map(twin);
    if (o instanceof Map) return new Map([...o].map(([k, v]) => [twin(k), twin(v)]));
    if (o instanceof Set) return new Set([...o].map(twin));
    // A spread keeps the original's property order (and its shape, for object literals).
    const proto = Object.getPrototypeOf(o) as object | null;
    const copy = (proto === Object.prototype ? { ...o } : Object.assign(Object.create(proto) as object, o)) as Record<string, unknown>;
    for (const [k, v] of Object.entries(o)) if (needsCopy(v)) copy[k] = twin(v);
    return Object.isFrozen(o) ? Object.freeze(copy) : copy;
  };
  return twin(root);
}

const twins = new WeakMap<Lexicons, Lexicons>();

/**
 * The lexicons to extract `texts` (an article's text and other fields) with: the same ones,
 * with the rules' regexes BMP-only when no text holds an astral character. Twinned once per
 * lexicons.
 */
export function lexiconsFor(lexicons: Lexicons, texts: readonly (string | null)[]): Lexicons {
  if (texts.some((t) => t !== null && holdsAstral(t))) return lexicons;
  let twin = twins.get(lexicons);
  if (!twin) {
    twin = { ...lexicons, rules: twinGraph<Rules>(lexicons.rules) };
    twins.set(lexicons, twin);
  }
  return twin;
}
