/**
 * Largest article text accepted, in UTF-8 bytes (5 MB). News articles are under 100 KB; a
 * text this large is a dump, a mis-parsed file or an attack, and the extractor's per-article
 * cost grows with it, so it is rejected (not truncated: a truncated article silently loses facts).
 */
export const MAX_ARTICLE_BYTES = 5_000_000;

/** Largest single HTML page read (20 MB): markup outweighs text several times over. */
export const MAX_HTML_BYTES = 20_000_000;

/**
 * Largest .json or feed file read (200 MB): these are parsed whole, so memory grows with them;
 * bigger collections belong in .jsonl, which is streamed.
 */
export const MAX_DOCUMENT_BYTES = 200_000_000;

/**
 * Longest .jsonl line kept in memory (12 MB): an article at the text limit plus JSON escaping
 * and metadata. A longer line is skipped to its end without being buffered.
 */
export const MAX_JSONL_LINE_BYTES = 12_000_000;

/** Shown in reasons: bytes → "5.2 MB". */
export function formatMegabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
