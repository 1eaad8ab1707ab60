/** Queries of the ingest writer (issue: ingest into Neo4j). */
export const INGEST_QUERIES = {} as const;
