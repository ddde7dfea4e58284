// Structured logs through pino: JSON lines to a file or to stderr. The human summary of a run
// is not a log line; the CLI prints it to the terminal.
import { pino, type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string, file: string | null): Logger {
  const destination = file ? pino.destination({ dest: file, mkdir: true, sync: false }) : pino.destination(2);
  return pino({ name: 'gazette', level: process.env.LOG_LEVEL ?? level }, destination);
}
