// The run's lifecycle on signals: SIGINT (Ctrl-C), SIGTERM and SIGHUP abort the run's
// AbortSignal, so that it stops reading, abandons the articles under way, lets the writes under
// way finish, and prints its summary; the command then exits 128 + the signal's number. A second
// signal exits at once (a later run removes any temporary file that leaves).
import { constants } from 'node:os';
import type { Stop } from './run.js';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** The exit code of a run stopped by `signal`: 130 for SIGINT, 143 for SIGTERM, 129 for SIGHUP. */
export function signalExitCode(signal: NodeJS.Signals): number {
  return 128 + constants.signals[signal];
}

export function stopFor(signal: NodeJS.Signals): Stop {
  return { signal, reason: `interrupted by ${signal}` };
}

/** Aborts `controller` on the first signal; returns a function that removes the handlers. */
export function abortOnSignals(controller: AbortController): () => void {
  const handlers = SIGNALS.map((signal) => {
    const handler = () => {
      if (controller.signal.aborted) process.exit(signalExitCode(signal));
      controller.abort(stopFor(signal));
    };
    process.on(signal, handler);
    return () => process.off(signal, handler);
  });
  return () => { for (const off of handlers) off(); };
}
