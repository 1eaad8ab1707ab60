/**
 * Regexes that read the letter and number properties (`\p{L}`, `[\p{L}’'-]`, `[^\p{L}\p{N}]`)
 * rewritten to leave out astral characters (beyond U+FFFF): on a text without any (all but 2 of
 * the 602 texts of the workbench), they match exactly as the originals do.
 *
 * Why: under the `u` flag V8 compiles such a property to a tree of surrogate-pair tests for its
 * astral members, about 6 KB of machine code at every occurrence, copied again for each bounded
 * repetition (`(?:\p{L}+ ){0,3}`). The trigger alternation of one language came to 2.2 MB for
 * two-byte texts (0.97 MB BMP-only), and bench:extract's compiled code after its warm-up to
 * 30 MB (18 MB): run at every word start, such regexes kept evicting themselves and the rest of
 * the extractor from the processor's caches. Written BMP-only, `[^\P{L}\u{10000}-\u{10ffff}]`, the same property is
 * a table of ranges V8 tests in a few instructions, and loops over it run faster too.
 */

/** Every astral code point, as class content. */
const ASTRAL = '\\u{10000}-\\u{10ffff}';

/** V8 compiles a longer source without its optimisations (kRegExpTooLargeToOptimize). */
const MAX_OPTIMISED_SOURCE = 20 * 1024;

/**
 * The properties rewritten, the ones with many astral members (`\p{Lu}` and `\p{Ll}` have few,
 * and V8 compiles them small already), each as the complement of its complement and the astral
 * plane, per case sensitivity. Under the `i` flag a negated class leaves out the case partners of
 * its members too: U+0345, a mark that folds to ι, takes ι, Ι and ι (U+1FBE) out of the letters,
 * and is added back (a unit test compares every BMP character).
 */
const BMP_TWINS: Readonly<Record<string, { readonly cased: string; readonly caseless: string }>> = {
  '\\p{L}': { cased: `[^\\P{L}${ASTRAL}]`, caseless: `(?:[^\\P{L}${ASTRAL}]|\\u0345)` },
  '\\p{N}': { cased: `[^\\P{N}${ASTRAL}]`, caseless: `[^\\P{N}${ASTRAL}]` },
};

/** A class, a rewritten property or an escaped character, in a source; the other characters are left as they are. */
const SOURCE_ITEM = /\[(?:\\.|[^\\\]])*\]|\\p\{[LN]\}|\\./gsu;

/** A rewritten property or an escaped character, in a class's body. */
const CLASS_ITEM = /\\p\{[LN]\}|\\./gsu;

const twinOf = (property: string, caseless: boolean): string => {
  const twin = BMP_TWINS[property] as { cased: string; caseless: string };
  return caseless ? twin.caseless : twin.cased;
};

/** A class holds a rewritten property. */
const holdsProperty = (cls: string): boolean => Object.keys(BMP_TWINS).some((p) => cls.includes(p));

/**
 * A class holding rewritten properties, BMP-only. Negated, it leaves out the astral plane too
 * (no astral character has a BMP case partner: a unit test checks). Otherwise each property
 * becomes a class of its own beside the class of the other members: a class cannot say "all
 * letters but the astral ones, and the apostrophe".
 */
function bmpClass(cls: string, caseless: boolean): string {
  // The astral range first: after a member ending in '-' it would read as a range.
  if (cls[1] === '^') return `[^${ASTRAL}${cls.slice(2)}`;
  const twins: string[] = [];
  const rest = cls.slice(1, -1).replace(CLASS_ITEM, (item) => {
    if (!(item in BMP_TWINS)) return item;
    twins.push(twinOf(item, caseless));
    return '';
  });
  // A class left starting with '^' would read as negated.
  const others = rest === '' ? [] : [`[${rest.startsWith('^') ? `\\${rest}` : rest}]`];
  return `(?:${[...twins, ...others].join('|')})`;
}

/** `source` (flag `u`, `caseless` for flag `i`) with its properties BMP-only; the same source when it has none. */
export function bmpOnlySource(source: string, caseless: boolean): string {
  if (!holdsProperty(source)) return source;
  return source.replace(SOURCE_ITEM, (item) => {
    if (item[0] === '[') return holdsProperty(item) ? bmpClass(item, caseless) : item;
    return item in BMP_TWINS ? twinOf(item, caseless) : item;
  });
}

/**
 * The BMP-only twin of a `u` regex (same flags, lastIndex 0), or the regex itself when it reads
 * no property, is not `u`, or would grow past what V8 optimises.
 */
export function bmpOnly(regex: RegExp): RegExp {
  if (!regex.unicode) return regex;
  const source = bmpOnlySource(regex.source, regex.ignoreCase);
  if (source === regex.source || (source.length > MAX_OPTIMISED_SOURCE && regex.source.length <= MAX_OPTIMISED_SOURCE)) return regex;
  try {
    return new RegExp(source, regex.flags);
  } catch {
    // A source this rewrite does not read right: the original matches the same.
    return regex;
  }
}

/** Whether a string holds a surrogate code unit: an astral character, or half of one. */
export function holdsAstral(text: string): boolean {
  return /[\uD800-\uDFFF]/.test(text);
}
