import { pino } from 'pino';

export type Logger = Pick<pino.Logger, 'info' | 'warn' | 'error' | 'debug'>;

/**
 * Logs go to stderr as JSON lines (pino), so stdout stays free for the
 * console chat and for simulate's output.
 */
export function createLogger(level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({ level, base: undefined }, pino.destination(2));
}

/** For tests and the CLI: says nothing. */
export const silentLogger: Logger = pino({ level: 'silent' });
