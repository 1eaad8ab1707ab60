import { pino, type Logger } from 'pino';

/**
 * The process logger: JSON lines on stderr (stdout is kept for command output such as
 * `diplograph extract --jsonl`). Level from LOG_LEVEL, default info.
 */
export const logger: Logger = pino(
  { name: 'diplograph', level: process.env.LOG_LEVEL || 'info', base: undefined },
  pino.destination({ fd: 2, sync: false }),
);
