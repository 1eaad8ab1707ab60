import type { RequestHandler } from 'express';
import { logger } from '../config/logger.js';
import { InvalidInputError } from '../domain/errors.js';
import { exportMediaType, parseExportRequest, type ExportOptions } from '../export/exportRequest.js';
import { runExport } from '../export/runExport.js';
import { hasReadAccess } from './readAccess.js';

/** Downloads running at once per API process; one more is refused with 429 rather than queued. */
export const MAX_CONCURRENT_EXPORTS = 4;

/** Query-string names of GET /export, as in the GraphQL EventFilter (lists repeated or comma-separated). */
const OPTION_NAMES = ['format', 'what', 'persons', 'countries', 'pair', 'person', 'organization', 'topic', 'types', 'status', 'from', 'to', 'text'] as const;

/**
 * GET /export: the exports of `diplograph export` as a download (Content-Disposition), streamed
 * from the graph with backpressure; the read token applies as to /graphql. Bad options answer
 * 400 with a JSON message before anything is streamed; a failure mid-stream cuts the response
 * (the client sees a truncated download, never a well-formed partial file presented as whole).
 */
export function exportRoute(tokens: { readonly apiToken: string | null; readonly readToken: string | null }): RequestHandler {
  let running = 0;
  return async (req, res) => {
    if (!hasReadAccess(req.headers.authorization, tokens)) {
      res.status(401).json({ error: 'A valid read token is required (Authorization: Bearer <token>)' });
      return;
    }
    const unknown = Object.keys(req.query).filter((k) => !(OPTION_NAMES as readonly string[]).includes(k));
    let request;
    try {
      if (unknown.length > 0) throw new InvalidInputError(`Unknown export option(s): ${unknown.join(', ')}; known: ${OPTION_NAMES.join(', ')}`);
      request = parseExportRequest(req.query as ExportOptions);
    } catch (error) {
      if (!(error instanceof InvalidInputError)) throw error;
      res.status(400).json({ error: error.message });
      return;
    }
    if (running >= MAX_CONCURRENT_EXPORTS) {
      res.status(429).set('Retry-After', '10').json({ error: `Too many exports running (at most ${MAX_CONCURRENT_EXPORTS}); retry later` });
      return;
    }
    running++;
    const { extension, contentType } = exportMediaType(request);
    const name = request.format === 'csv' ? request.what : request.format === 'graphml' ? request.network : 'events';
    res.status(200).set({ 'Content-Type': contentType, 'Content-Disposition': `attachment; filename="diplograph-${name}.${extension}"` });
    try {
      await runExport(request, res);
    } catch (error) {
      // Headers are gone: the only honest signal left is a cut connection.
      if (!res.destroyed) logger.error({ err: error }, 'export failed mid-stream');
      res.destroy();
    } finally {
      running--;
    }
  };
}
