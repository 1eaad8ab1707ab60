/** An article refused by ingest, with the reason (e.g. empty text, not extractable). */
export interface RejectedArticle {
  readonly id: string | null;
  readonly reason: string;
}

/**
 * The outcome of ingesting a set of articles, as the API's `ingestArticles` mutation reports
 * it. `accepted` counts articles written; `unchanged` those skipped because already ingested
 * with the same content and extractor version.
 */
export interface IngestSummary {
  readonly accepted: number;
  readonly unchanged: number;
  readonly rejected: readonly RejectedArticle[];
  readonly eventsCreated: number;
  readonly eventsMerged: number;
}
