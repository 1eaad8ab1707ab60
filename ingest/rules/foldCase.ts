/**
 * Under the `i` flag a `\p{Lu}` matches lower-case letters too ("(?=\p{Lu})" after "llegó a "
 * accepts "su"): case-insensitive matching folds the property as it folds literals, and Node 20
 * has no inline `(?-i:…)`. A rule that needs a capital therefore cannot be compiled with `i`.
 * `foldCase` writes a source's case-insensitivity into the source itself (each letter and class
 * with its other case), so it can be compiled without `i` and its `\p{Lu}`, `\p{Ll}` and `\p{Lt}`
 * keep their meaning.
 */

/** The other-case forms of a one-code-point letter, when they are one code point too. */
function partners(ch: string): string[] {
  const out = new Set([ch.toLowerCase(), ch.toUpperCase()].filter((c) => c !== ch && [...c].length === 1));
  return [...out];
}

/** A code point as a class member that needs no escaping thought. */
const escapeCodePoint = (cp: number): string => `\\u{${cp.toString(16)}}`;

/** Ranges wider than this are assumed to hold both cases already (`[\0-\uffff]`, `[\p{L}]`). */
const MAX_FOLDED_RANGE = 512;

/** Reads one escape starting at `source[i] === '\\'`; returns its text and the index after it. */
function readEscape(source: string, i: number): { text: string; next: number; codePoint: number | null } {
  const c = source[i + 1] ?? '';
  const braced = (from: number): number => source.indexOf('}', from) + 1;
  if ((c === 'p' || c === 'P') && source[i + 2] === '{') {
    const end = braced(i + 2);
    return { text: source.slice(i, end), next: end, codePoint: null };
  }
  if (c === 'u' && source[i + 2] === '{') {
    const end = braced(i + 2);
    return { text: source.slice(i, end), next: end, codePoint: parseInt(source.slice(i + 3, end - 1), 16) };
  }
  if (c === 'u') return { text: source.slice(i, i + 6), next: i + 6, codePoint: parseInt(source.slice(i + 2, i + 6), 16) };
  if (c === 'x') return { text: source.slice(i, i + 4), next: i + 4, codePoint: parseInt(source.slice(i + 2, i + 4), 16) };
  if (c === 'k' && source[i + 2] === '<') {
    const end = source.indexOf('>', i) + 1;
    return { text: source.slice(i, end), next: end, codePoint: null };
  }
  if (c === 'c') return { text: source.slice(i, i + 3), next: i + 3, codePoint: null };
  if (c === '0') return { text: '\\0', next: i + 2, codePoint: 0 };
  // Class escapes (\d \s \w \b …) and escaped punctuation: kept as written.
  const literal = /[\p{P}\p{S}\s]/u.test(c) ? c.codePointAt(0) ?? null : null;
  return { text: source.slice(i, i + 2), next: i + 2, codePoint: literal };
}

/** Folds a character class starting at `source[i] === '['`; returns it and the index after it. */
function foldClass(source: string, i: number): { text: string; next: number } {
  let j = i + 1;
  let head = '[';
  if (source[j] === '^') {
    head += '^';
    j++;
  }
  let body = '';
  const added = new Set<number>();
  const addPartnersOf = (lo: number, hi: number): void => {
    if (hi - lo > MAX_FOLDED_RANGE) return;
    for (let cp = lo; cp <= hi; cp++) for (const p of partners(String.fromCodePoint(cp))) added.add(p.codePointAt(0) as number);
  };
  // An item: one escape or one code point; a range is item '-' item.
  const readItem = (k: number): { text: string; next: number; codePoint: number | null } => {
    if (source[k] === '\\') return readEscape(source, k);
    const cp = source.codePointAt(k) as number;
    const len = cp > 0xffff ? 2 : 1;
    return { text: source.slice(k, k + len), next: k + len, codePoint: cp };
  };
  while (j < source.length && source[j] !== ']') {
    const a = readItem(j);
    if (source[a.next] === '-' && source[a.next + 1] !== ']' && a.codePoint !== null) {
      const b = readItem(a.next + 1);
      body += `${a.text}-${b.text}`;
      if (b.codePoint !== null) addPartnersOf(a.codePoint, b.codePoint);
      j = b.next;
      continue;
    }
    body += a.text;
    if (a.codePoint !== null) addPartnersOf(a.codePoint, a.codePoint);
    j = a.next;
  }
  const extra = [...added].map(escapeCodePoint).join('');
  return { text: `${head}${body}${extra}]`, next: j + 1 };
}

/** `source` rewritten so that, compiled without `i`, it matches as `source` did with `i` (but capitals stay capitals). */
export function foldCase(source: string): string {
  let out = '';
  let i = 0;
  while (i < source.length) {
    const c = source[i] as string;
    if (c === '\\') {
      const e = readEscape(source, i);
      const letter = e.codePoint !== null ? partners(String.fromCodePoint(e.codePoint)) : [];
      out += letter.length ? `[${e.text}${letter.map((p) => escapeCodePoint(p.codePointAt(0) as number)).join('')}]` : e.text;
      i = e.next;
    } else if (c === '[') {
      const k = foldClass(source, i);
      out += k.text;
      i = k.next;
    } else if (c === '(' && source[i + 1] === '?' && source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!') {
      // A named group: its name is not text to match.
      const end = source.indexOf('>', i) + 1;
      out += source.slice(i, end);
      i = end;
    } else if (c === '{' && /^\{\d+(?:,\d*)?\}/u.test(source.slice(i))) {
      const end = source.indexOf('}', i) + 1;
      out += source.slice(i, end);
      i = end;
    } else {
      const ch = String.fromCodePoint(source.codePointAt(i) as number);
      const others = partners(ch);
      out += others.length ? `[${ch}${others.join('')}]` : ch;
      i += ch.length;
    }
  }
  return out;
}

/** Rules that need a capital: a `\p{Lu}`, `\p{Ll}` or `\p{Lt}` somewhere in them. */
const CASED_PROPERTY = /\\p\{(?:Lu|Ll|Lt|Uppercase_Letter|Lowercase_Letter)\}/u;

/** Whether a rule compiled with `i` would read its cased properties as any letter. */
export function needsFolding(source: string, flags: string): boolean {
  return flags.includes('i') && CASED_PROPERTY.test(source);
}

/**
 * A regex for a rule source and flags: with `i` and a cased property in the source, the source
 * folded and compiled without `i`; otherwise as given.
 */
export function ruleRegExp(source: string, flags: string): RegExp {
  if (!needsFolding(source, flags)) return new RegExp(source, flags);
  return new RegExp(foldCase(source), flags.replace('i', ''));
}
