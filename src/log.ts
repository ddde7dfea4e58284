// Structured logs through pino: JSON lines to a file or to stderr. The human summary of a run
// is not a log line; the CLI prints it to the terminal.
import { openSync } from 'node:fs';
import path from 'node:path';
import { pino, type Logger } from 'pino';
import { LOG_LEVELS } from './config.js';
import { makeFolders, writeFailure } from './folders.js';

export type { Logger };

/**
 * The log file is opened here, synchronously, so that a path that cannot be written (a missing
 * or read-only folder, /proc, a file where a folder should be) stops the run before it starts,
 * naming the path, instead of failing later in the background.
 */
export function createLogger(level: string, file: string | null): Logger {
  const chosen = process.env.LOG_LEVEL ?? level;
  if (!(LOG_LEVELS as readonly string[]).includes(chosen)) {
    throw new Error(`LOG_LEVEL=${chosen}: not a log level; one of ${LOG_LEVELS.join(', ')}`);
  }
  let fd = 2;
  if (file) {
    try {
      makeFolders(path.dirname(file));
      fd = openSync(file, 'a');
    } catch (error) {
      // EEXIST: makeFolders met a file where a folder of the path goes.
      const why = (error as NodeJS.ErrnoException).code === 'EEXIST' ? 'a part of the path is a file, not a folder' : writeFailure(error as NodeJS.ErrnoException, 'files');
      throw new Error(`log.file ${file}: cannot write the log there: ${why}`);
    }
  }
  const destination = pino.destination({ fd, sync: false });
  // A log that stops being writable mid-run (a full disk) must not crash the run: say so once.
  destination.once('error', (error: Error) => console.error(`gazette: log ${file ?? 'stderr'}: ${error.message}; logging stops`));
  return pino({ name: 'gazette', level: chosen }, destination);
}
