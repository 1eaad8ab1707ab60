/** A quote with the text around it (the API's SourceExcerpt). */
export interface Excerpt {
  readonly before: string;
  readonly quote: string;
  readonly after: string;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

// A cut inside the context prefers, in order, a paragraph break, a sentence end, a space.
const BREAKS = [/\n\s*\n/g, /[.!?…»"”)]\s+/g, /\s+/g];

function cutBefore(text: string, from: number, to: number): number {
  const window = text.slice(from, to);
  if (from === 0) return 0;
  for (const pattern of BREAKS) {
    const found = [...window.matchAll(pattern)][0];
    if (found?.index !== undefined) return from + found.index + found[0].length;
  }
  return from;
}

function cutAfter(text: string, from: number, to: number): number {
  const window = text.slice(from, to);
  if (to >= text.length) return text.length;
  for (const pattern of BREAKS) {
    const matches = [...window.matchAll(pattern)];
    const found = matches[matches.length - 1];
    if (found?.index !== undefined && found.index > 0) return from + found.index + (pattern === BREAKS[1] ? 1 : 0);
  }
  return to;
}

/**
 * The quote at UTF-16 offsets [start, end) of `text` with at most `context` characters on each
 * side, cut at a paragraph, sentence or word boundary. Null when the offsets fall outside the
 * text or the text there is not the quote (whitespace aside): a stale offset must not
 * highlight the wrong sentence.
 */
export function toExcerpt(text: string, quote: string, start: number, end: number, context: number): Excerpt | null {
  if (start < 0 || end > text.length || start >= end) return null;
  const quoted = text.slice(start, end);
  if (squash(quoted) !== squash(quote)) return null;
  const from = cutBefore(text, Math.max(0, start - context), start);
  const to = cutAfter(text, end, Math.min(text.length, end + context));
  const ellipsisBefore = from > 0 ? '… ' : '';
  const ellipsisAfter = to < text.length ? ' …' : '';
  return {
    before: ellipsisBefore + text.slice(from, start).replace(/^\s+/, ''),
    quote: quoted,
    after: text.slice(end, to).replace(/\s+$/, '') + ellipsisAfter,
  };
}
