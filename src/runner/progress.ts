// A progress line for long runs on a terminal (cli-progress): articles done (of how many, when the
// inputs tell), articles/s, words/s, failures so far, and the time left at most (see update).
// Nothing at all when stderr is not a terminal (a pipe, a log, CI) or --quiet.
import { SingleBar } from 'cli-progress';
import { Pace } from './pace.js';
import { settled, type RunSummary } from './run.js';

export interface Progress {
  update(summary: RunSummary): void;
  stop(): void;
}

export function progressBar(enabled: boolean): Progress | undefined {
  if (!enabled || !process.stderr.isTTY) return undefined;
  const bar = new SingleBar({
    stream: process.stderr,
    format: 'gazette {done} done ({written} written, {unchanged} unchanged, {failed} failed) | {rate} articles/s | {words} words/s | {elapsed}s{left}',
    hideCursor: true,
    clearOnComplete: true,
    fps: 5,
  });
  const started = Date.now();
  const pace = new Pace();
  bar.start(0, 0, { done: 0, written: 0, unchanged: 0, failed: 0, rate: 0, words: 0, elapsed: 0, left: '' });
  return {
    update(s) {
      const seconds = Math.max(0.001, (Date.now() - started) / 1000);
      const done = settled(s);
      // The pace of annotating, and every article not done yet taken to need it: an unchanged one
      // goes by in microseconds, and a re-run that skips many first would otherwise promise
      // seconds for the new ones that take minutes.
      pace.observe(s.written + s.failed.length);
      const left = pace.secondsLeft(s.total, done);
      bar.update(0, {
        done: s.total === undefined ? done : `${done}/${s.total}`,
        written: s.written,
        unchanged: s.unchanged,
        failed: s.failed.length,
        rate: Math.round(done / seconds),
        words: Math.round(s.words / seconds),
        elapsed: Math.round(seconds),
        left: left === undefined ? '' : ` | ${Math.round(left)}s left`,
      });
    },
    stop: () => bar.stop(),
  };
}
