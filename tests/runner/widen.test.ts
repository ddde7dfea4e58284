// workers: "auto" adds worker threads while a long run goes (src/runner/widen.ts): when the time
// it has left would pay for another worker's warm-up and the machine has a core to spare. The
// pool really starts the thread, and the articles annotated on it are the same.
import { availableParallelism } from 'node:os';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { Pace } from '../../src/runner/pace.js';
import type { RunSummary } from '../../src/runner/run.js';
import { IDLE_CORES, WIDEN_WHEN_LEFT_SECONDS, widenWhileLong, worthWidening } from '../../src/runner/widen.js';

describe('Pace', () => {
  it('tells the time left at the pace since the first article, start-up no part of it', () => {
    let now = 0;
    const pace = new Pace(() => now);
    now = 5_000; // start-up: no article yet
    pace.observe(0);
    expect(pace.seconds).toBe(0);
    pace.observe(10);
    expect(pace.secondsLeft(100, 10)).toBeUndefined(); // one point is no pace
    now = 15_000;
    pace.observe(30);
    expect(pace.seconds).toBe(10);
    expect(pace.secondsLeft(100, 30)).toBe(35); // 70 more at 2 a second
    expect(pace.secondsLeft(undefined, 30)).toBeUndefined();
    expect(pace.secondsLeft(20, 30)).toBe(0);
    expect(pace.secondsFor(10)).toBe(5);
  });

  it('counts only what the caller counts: for the progress line, articles annotated, not the unchanged ones that go by first', () => {
    let now = 0;
    const pace = new Pace(() => now);
    pace.observe(0); // 1,000 unchanged go by in the first second: nothing annotated
    now = 1_000;
    expect(pace.secondsFor(100)).toBeUndefined();
    pace.observe(1);
    now = 11_000;
    pace.observe(11); // then 10 annotated in 10 s
    expect(pace.secondsFor(100)).toBe(100);
  });
});

describe('worthWidening', () => {
  const long = WIDEN_WHEN_LEFT_SECONDS + 1;
  const idle = IDLE_CORES + 0.1;
  it('adds a worker when the run has long left on a machine with a core to spare', () => {
    expect(worthWidening(long, 3, idle)).toBe(true);
  });

  it('not while the pace is still that of the warm-up, nor when little is left, nor on a busy machine', () => {
    expect(worthWidening(long, 1, idle)).toBe(false);
    expect(worthWidening(WIDEN_WHEN_LEFT_SECONDS - 1, 3, idle)).toBe(false);
    expect(worthWidening(long, 3, IDLE_CORES - 0.1)).toBe(false);
  });

  it('takes a run of unknown length (JSONL inputs) to have as long left as it has gone', () => {
    expect(worthWidening(undefined, WIDEN_WHEN_LEFT_SECONDS - 1, idle)).toBe(false);
    expect(worthWidening(undefined, WIDEN_WHEN_LEFT_SECONDS, idle)).toBe(true);
  });
});

describe('widenWhileLong', () => {
  beforeEach(() => { vi.useFakeTimers(); });
  afterEach(() => { vi.useRealTimers(); });

  /** A run of `total` articles settling 100 a second, on a machine whose cores are `idleCores` idle; the pool's threads after `seconds`. */
  async function threadsAfter(seconds: number, total: number | undefined, idleCores: number, most = 2): Promise<number> {
    // A stand-in that counts threads: the policy is under test here; the last test has the real pool start one.
    const pool = { threads: 1, widen: async () => { pool.threads++; return true; } };
    const summary: RunSummary = { read: 0, total, written: 1, unchanged: 0, failed: [], skipped: {}, mentionsByType: {}, words: 0, seconds: 0 };
    const widener = widenWhileLong(pool, most, () => {}, () => ({ at: Date.now(), idle: Date.now() * idleCores }));
    widener.observe(summary);
    for (let s = 1; s <= seconds; s++) {
      summary.written = 1 + 100 * s;
      widener.observe(summary);
      await vi.advanceTimersByTimeAsync(1000);
    }
    widener.stop();
    return pool.threads;
  }

  it('adds a worker, one at a time up to the most, once a long run shows its pace on an idle machine', async () => {
    expect(await threadsAfter(1, 10_000, 0.5)).toBe(1); // the warm-up's pace is not judged
    expect(await threadsAfter(3, 10_000, 0.5)).toBe(2);
    expect(await threadsAfter(10, 10_000, 0.5)).toBe(2);
    expect(await threadsAfter(10, 10_000, 0.5, 4)).toBe(4);
  });

  it('adds none to a short run, nor on a busy machine', async () => {
    expect(await threadsAfter(4, 600, 0.5)).toBe(1);
    expect(await threadsAfter(10, 10_000, 0.1)).toBe(1);
  });

  it('takes a run of unknown length to have as long left as it has gone', async () => {
    expect(await threadsAfter(WIDEN_WHEN_LEFT_SECONDS - 1, undefined, 0.5)).toBe(1);
    expect(await threadsAfter(WIDEN_WHEN_LEFT_SECONDS + 2, undefined, 0.5)).toBe(2);
  });
});

describe('a pool of worker threads', () => {
  // The compiled pool: its threads run dist/runner/worker.js (npm test builds first).
  const dist = (file: string) => new URL(`../../dist/${file}`, import.meta.url).href;

  it('starts one more thread on asking, and annotates on it as on the first', async (context) => {
    if (availableParallelism() < 2) { context.skip(); return; }
    const { workerAnnotator } = await import(dist('runner/annotator.js')) as typeof import('../../src/runner/annotator.js');
    const pool = await workerAnnotator(loadConfig('pipeline.config.json'), 1, { articleSeconds: 60 });
    try {
      const raws = ['Angela Merkel met Emmanuel Macron in Paris on Monday.', 'Shares of Siemens rose 3% to 120 euros on 4 March 2024.']
        .map((text, i) => ({ input: { id: `w${i}`, text, published: '2024-03-05' }, origin: { file: `w${i}.txt` }, defaultId: `w${i}` }));
      const before = await Promise.all(raws.map((raw) => pool.annotate(raw)));
      expect(pool.threads).toBe(1);
      expect(await pool.widen()).toBe(true);
      expect(pool.threads).toBe(2);
      // Four at once: each thread holds two, so both work.
      const after = await Promise.all([...raws, ...raws].map((raw) => pool.annotate(raw)));
      expect(after.map((a) => a.json)).toEqual([...before, ...before].map((a) => a.json));
    } finally {
      await pool.close();
    }
  }, 60_000);
});
