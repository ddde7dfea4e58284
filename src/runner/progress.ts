// A progress line for long runs on a terminal (cli-progress): articles done (of how many, when the
// inputs tell), articles/s, words/s, failures so far, and the time left. Nothing at all when stderr
// is not a terminal (a pipe, a log, CI) or --quiet.
import { SingleBar } from 'cli-progress';
import type { RunSummary } from './run.js';

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
  // The pace that tells the time left is taken from the first article settled on: start-up is no part of it.
  let first: { at: number; done: number } | undefined;
  bar.start(0, 0, { done: 0, written: 0, unchanged: 0, failed: 0, rate: 0, words: 0, elapsed: 0, left: '' });
  return {
    update(s) {
      const seconds = Math.max(0.001, (Date.now() - started) / 1000);
      const done = s.written + s.unchanged + s.failed.length;
      first ??= done ? { at: Date.now(), done } : undefined;
      bar.update(0, {
        done: s.total === undefined ? done : `${done}/${s.total}`,
        written: s.written,
        unchanged: s.unchanged,
        failed: s.failed.length,
        rate: Math.round(done / seconds),
        words: Math.round(s.words / seconds),
        elapsed: Math.round(seconds),
        left: first ? timeLeft(s.total, done, done - first.done, (Date.now() - first.at) / 1000) : '',
      });
    },
    stop: () => bar.stop(),
  };
}

/**
 * The time left for `total` articles when `done` are, at the pace of the last `since` of them over
 * `seconds`; nothing until that pace is known. The pace since the first article, not over the last
 * few: a worker's first articles are slow and unchanged ones go by in microseconds, so a recent
 * window swings.
 */
export function timeLeft(total: number | undefined, done: number, since: number, seconds: number): string {
  if (total === undefined || since === 0) return '';
  return ` | ${Math.round((Math.max(0, total - done) * seconds) / since)}s left`;
}
