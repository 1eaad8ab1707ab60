/** Queries the GraphQL API runs (issue: GraphQL API). */
export const API_QUERIES = {} as const;
