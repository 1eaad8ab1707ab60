/**
 * Version of the extractor's rules and lexicons. Any change to a lexicon, a rule or the
 * extraction code bumps it, so that ingest re-derives the facts of already-ingested articles.
 */
export const EXTRACTOR_VERSION = '0.12.251';
