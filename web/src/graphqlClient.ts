/** Why a request to the GraphQL API failed, said plainly to the reader. */
export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    /** `network`: the API did not answer; `http`: it answered with an error status; `graphql`: the query was refused. */
    readonly kind: 'network' | 'http' | 'graphql',
    /** The GraphQL error code (`BAD_USER_INPUT`, `NOT_FOUND`…), when the API gave one. */
    readonly code: string | null = null,
  ) {
    super(message);
    this.name = 'GraphQLRequestError';
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** The API's address: the same origin that served the explorer (`diplograph serve`). */
export const GRAPHQL_URL = '/graphql';

/**
 * Runs one query against the public GraphQL API and returns its data; any error (network,
 * HTTP status, GraphQL error) becomes a GraphQLRequestError whose message can be shown as is.
 */
export async function requestGraphQL<T>(query: string, variables: Record<string, unknown>, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(GRAPHQL_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query, variables }),
      ...(signal ? { signal } : {}),
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new GraphQLRequestError('The diplograph API did not answer. Is `diplograph serve` running?', 'network');
  }
  let body: GraphQLResponse<T> | null = null;
  try {
    body = (await response.json()) as GraphQLResponse<T>;
  } catch {
    body = null;
  }
  const first = body?.errors?.[0];
  if (first) throw new GraphQLRequestError(first.message, 'graphql', first.extensions?.code ?? null);
  if (!response.ok || !body?.data) {
    throw new GraphQLRequestError(`The diplograph API answered with HTTP ${response.status}.`, 'http');
  }
  return body.data;
}
