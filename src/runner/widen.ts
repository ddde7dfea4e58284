// `workers: "auto"` adds worker threads while a long run goes. A worker's first articles cost it
// several times its later ones (V8 compiling the stages for that thread, about 2 s of CPU), so on
// 2 cores a second worker made a run of 1,800 articles no faster (0.91x to 1.04x) while it made one
// of 7,200 1.02x to 1.10x (into a folder) and 1.22x to 1.29x (into JSONL) faster (docs/quality.md,
// "Speed"). So a run starts with one worker per two cores and adds one at a time, up to its most,
// while the time it has left would pay for another's warm-up and the machine has a core to spare.
import { cpus } from 'node:os';
import type { WorkerPool } from './annotator.js';
import { Pace } from './pace.js';
import { settled, type RunSummary } from './run.js';

/** A run is widened only while it has at least this long left. */
export const WIDEN_WHEN_LEFT_SECONDS = 10;
/** ... and while the machine's cores were idle at least this much (in cores) since the last look: on a busy machine another thread only competes. */
export const IDLE_CORES = 0.2;
/** The pace of a run's first two seconds is that of its workers warming up, too slow to judge by. */
const PACE_SECONDS = 2;
const LOOK_EVERY_MS = 1000;

export interface Widener {
  /** Told the run's summary after each article. */
  observe(summary: RunSummary): void;
  stop(): void;
}

/**
 * Whether to add a worker: `secondsLeft` at the run's pace (when its total is known; else taken to
 * be as long as it has gone, `seconds`), `idleCores` since the last look.
 */
export function worthWidening(secondsLeft: number | undefined, seconds: number, idleCores: number): boolean {
  return seconds >= PACE_SECONDS && (secondsLeft ?? seconds) >= WIDEN_WHEN_LEFT_SECONDS && idleCores >= IDLE_CORES;
}

/**
 * Looks once a second whether `pool` is worth another worker thread, up to `most`; `onWidened` is
 * told each one added. `idle` reads how long the machine's cores have been idle (os.cpus()).
 */
export function widenWhileLong(pool: Pick<WorkerPool, 'threads' | 'widen'>, most: number, onWidened: (threads: number) => void, idle = idleMs): Widener {
  const pace = new Pace();
  let summary: RunSummary | undefined;
  let widening = false;
  let last = idle();
  const timer = setInterval(() => {
    const now = idle();
    const idleCores = (now.idle - last.idle) / Math.max(1, now.at - last.at);
    last = now;
    if (widening || !summary || pool.threads >= most) return;
    if (!worthWidening(pace.secondsLeft(summary.total, settled(summary)), pace.seconds, idleCores)) return;
    widening = true;
    // A worker that cannot start leaves the run with those it has.
    pool.widen().then((added) => { if (added) onWidened(pool.threads); }, () => {}).finally(() => { widening = false; });
  }, LOOK_EVERY_MS);
  timer.unref();
  return {
    observe(s) {
      summary = s;
      pace.observe(settled(s));
    },
    stop: () => clearInterval(timer),
  };
}

/** The milliseconds all the machine's cores have been idle, and when that was read. */
function idleMs(): { at: number; idle: number } {
  return { at: Date.now(), idle: cpus().reduce((sum, cpu) => sum + cpu.times.idle, 0) };
}
