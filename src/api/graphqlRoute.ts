import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type HTTPGraphQLResponse } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { ApiContext } from './apiContext.js';

/** A middleware that works on Node's own request and response (cors, express.json). */
type NodeMiddleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

/** What the /graphql route is made of besides Apollo. */
export interface GraphqlRouteParts {
  /** CORS headers (and preflight answers) as configured. */
  readonly cors: NodeMiddleware;
  /** The JSON body parser (express.json with the body limit). */
  readonly json: NodeMiddleware;
  /** The request's context (tokens, loaders); may throw UNAUTHENTICATED. */
  readonly context: (req: IncomingMessage) => Promise<ApiContext>;
}

/** The /graphql route, for express and for the direct POST handler. */
export interface GraphqlRoute {
  /** Mounted at /graphql in express: CORS, the JSON body, Apollo. */
  readonly middleware: RequestHandler[];
  /** True for the requests `servePost` takes: POST to exactly /graphql. */
  readonly takes: (req: IncomingMessage) => boolean;
  /**
   * Serves a request `takes` accepted with the same CORS, body parser and Apollo as
   * `middleware`, without express; an error before Apollo answers (a body the parser refuses)
   * is handed to `app`, which answers it as it would have.
   */
  readonly servePost: (req: IncomingMessage, res: ServerResponse, app: (req: IncomingMessage, res: ServerResponse) => void) => void;
}

// Where servePost leaves an error for express's /graphql route to answer.
const HANDED_OVER = Symbol('graphql route error');
type WithHandedOver = IncomingMessage & { [HANDED_OVER]?: unknown };

/** Writes Apollo's response as @as-integrations/express5 does (status, headers, body). */
async function send(res: ServerResponse, response: HTTPGraphQLResponse): Promise<void> {
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    // express's res.send sets the length of a string body; so do we.
    res.setHeader('Content-Length', Buffer.byteLength(response.body.string));
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

/** Apollo's view of a POST to /graphql whose JSON body is parsed (as the express integration builds it). */
function httpGraphqlPost(req: IncomingMessage, body: unknown) {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  return { method: 'POST', headers, search: '', body };
}

/**
 * POST /graphql, what every dashboard request is, is served by Node's HTTP server straight
 * through the route's CORS, JSON parser and Apollo: express's router (its layers before
 * /graphql, the request and response prototypes it swaps in) and the express integration cost
 * ~0.15 ms of CPU per request, half of what a trivial query costs the API. Every other request
 * (GET, other paths, /graphql/ with a slash) goes through express, whose /graphql route is the
 * same parts.
 */
export function graphqlRoute(apollo: ApolloServer<ApiContext>, parts: GraphqlRouteParts): GraphqlRoute {
  const answerHandedOver = (req: Request, _res: Response, next: NextFunction) => next((req as WithHandedOver)[HANDED_OVER]);
  const middleware: RequestHandler[] = [
    parts.cors as RequestHandler,
    answerHandedOver,
    parts.json as RequestHandler,
    expressMiddleware(apollo, { context: async ({ req }) => parts.context(req) }),
  ];
  const servePost: GraphqlRoute['servePost'] = (req, res, app) => {
    const handOver = (error: unknown) => {
      if (res.headersSent) {
        res.destroy(error instanceof Error ? error : undefined);
        return;
      }
      (req as WithHandedOver)[HANDED_OVER] = error;
      app(req, res);
    };
    parts.cors(req, res, (corsError) => {
      if (corsError) return handOver(corsError);
      parts.json(req, res, (bodyError) => {
        if (bodyError) return handOver(bodyError);
        apollo
          .executeHTTPGraphQLRequest({ httpGraphQLRequest: httpGraphqlPost(req, (req as IncomingMessage & { body?: unknown }).body), context: () => parts.context(req) })
          .then((response) => send(res, response))
          .catch(handOver);
      });
    });
  };
  return { middleware, takes: (req) => req.method === 'POST' && req.url === '/graphql', servePost };
}
