// A progress line for long runs on a terminal (cli-progress): articles done, articles/s, words/s,
// failures so far. Nothing at all when stderr is not a terminal (a pipe, a log, CI) or --quiet.
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
    format: 'gazette {done} done ({written} written, {unchanged} unchanged, {failed} failed) | {rate} articles/s | {words} words/s | {elapsed}s',
    hideCursor: true,
    clearOnComplete: true,
    fps: 5,
  });
  const started = Date.now();
  bar.start(0, 0, { done: 0, written: 0, unchanged: 0, failed: 0, rate: 0, words: 0, elapsed: 0 });
  return {
    update(s) {
      const seconds = Math.max(0.001, (Date.now() - started) / 1000);
      const done = s.written + s.unchanged + s.failed.length;
      bar.update(0, { done, written: s.written, unchanged: s.unchanged, failed: s.failed.length, rate: Math.round(done / seconds), words: Math.round(s.words / seconds), elapsed: Math.round(seconds) });
    },
    stop: () => bar.stop(),
  };
}
