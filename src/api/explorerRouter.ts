import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Request, type Response, type Router } from 'express';

/** Where `npm run build` puts the web explorer and the offline GraphiQL (vite, web/). */
export function builtWebRoot(projectDir: string): string {
  return join(projectDir, 'dist', 'web');
}

// Paths the explorer never owns: the API, its health check, downloads and the built assets (a
// missing asset is a 404, not the app's index).
const NOT_PAGES = /^\/(graphql|healthz|export|assets)(\/|$)/;

const wantsHtml = (req: Request) => req.method === 'GET' && req.accepts(['application/json', 'text/html']) === 'text/html';

/**
 * The browser side of `diplograph serve`, mounted before the API: the explorer's assets from
 * `webRoot`, its index.html for every page path (deep links), and, when `graphiql` is on, the
 * offline GraphiQL for a browser's GET /graphql without a query. Everything is served from
 * local files. Without a build, pages say how to make one.
 */
export function explorerRouter(webRoot: string, options: { graphiql: boolean }): Router {
  const router = express.Router();
  const index = join(webRoot, 'index.html');
  const ide = join(webRoot, 'graphiql.html');
  const sendPage = (file: string) => (_req: Request, res: Response) => {
    if (!existsSync(file)) {
      res.status(503).type('text/plain').send('The web explorer is not built: run `npm run build` (it builds web/ into dist/web).');
      return;
    }
    // The page names hashed assets; it must be revalidated so that a new build is picked up.
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(file);
  };
  // Hashed file names: a file's content never changes under its name.
  router.use('/assets', express.static(join(webRoot, 'assets'), { immutable: true, maxAge: '1y', index: false, fallthrough: false }));
  if (options.graphiql) {
    router.get('/graphql', (req, res, next) => {
      if (wantsHtml(req) && req.query.query === undefined) sendPage(ide)(req, res);
      else next();
    });
  }
  router.get(/.*/, (req, res, next) => {
    if (NOT_PAGES.test(req.path) || !wantsHtml(req) || /\.[a-z0-9]+$/i.test(req.path)) next();
    else sendPage(index)(req, res);
  });
  return router;
}
