// STUB — replaced by the extraction work: loads, checks and freezes ingest/lexicons/*.json
// and ingest/rules/*.json once.

/** Every lexicon and rule set the extractor needs, loaded once and frozen. */
export type Lexicons = Readonly<Record<string, never>>;

/** Loads the lexicons from ingest/lexicons and ingest/rules (once per process). */
export function loadLexicons(): Lexicons {
  return Object.freeze({});
}
