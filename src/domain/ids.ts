import { hash } from 'node:crypto';

/** Only ASCII: NFD leaves it as it is and it holds no combining accent. */
const ASCII_ONLY = /^[\0-\x7f]*$/;

/** Lower-case ASCII slug: accents folded, runs of other characters turned into one dash. */
export function slugify(text: string): string {
  // Most names are ASCII already: normalising them is the costliest step and changes nothing.
  const folded = ASCII_ONLY.test(text) ? text : text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return folded
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Hex sha256 of a UTF-8 string (the one-shot hash: no Hash object per call, as every article's content hash made). */
export function sha256(text: string): string {
  return hash('sha256', text, 'hex');
}

/**
 * An article's id: the one its source gives, else a hash of its canonical URL (scheme and
 * host lower-cased, fragment and trailing slash dropped), else a hash of its text.
 */
export function articleId(given: string | null | undefined, url: string | null | undefined, text: string): string {
  if (given && given.trim()) return given.trim();
  if (url && url.trim()) return 'u' + sha256(canonicalUrl(url.trim())).slice(0, 16);
  return 't' + sha256(text).slice(0, 16);
}

/** Canonical form of a URL for identity: lower-case scheme and host, no fragment, no trailing slash. */
export function canonicalUrl(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    for (const key of [...u.searchParams.keys()]) if (key.startsWith('utm_')) u.searchParams.delete(key);
    return u.toString().replace(/\/$/, '');
  } catch {
    return url;
  }
}

/** The id of the bilateral Relation of two countries: the sorted ISO pair ("ML-RU"). */
export function relationId(a: string, b: string): string {
  return [a.toUpperCase(), b.toUpperCase()].sort().join('-');
}
