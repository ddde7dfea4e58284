// workers: "auto" picks the number of worker threads to start with by a rule from measured
// per-thread CPU (src/runner/annotator.ts, defaultWorkers): one per two cores, at least one, at most
// four; a long run may add more, up to one per core (tests/runner/widen.test.ts).
// Outputs are the same whatever the count (tests/pipeline/determinism.test.ts).
import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { mostWorkers, workerCount } from '../../src/commands/annotation.js';
import { defaultWorkers, MAX_WORKERS } from '../../src/runner/annotator.js';

describe('workers: "auto"', () => {
  it('starts one worker thread per two cores, never none and never more than four', () => {
    const cores = [1, 2, 3, 4, 5, 6, 7, 8, 9, 16, 64];
    expect(cores.map((n) => defaultWorkers(n))).toEqual([1, 1, 1, 2, 2, 3, 3, 4, 4, 4, 4]);
  });

  it('is what a run starts when neither the config nor --workers gives a number', () => {
    expect(workerCount(undefined, { workers: 'auto' })).toBe(Math.min(MAX_WORKERS, defaultWorkers(availableParallelism())));
    expect(workerCount('0', { workers: 'auto' })).toBe(0);
    expect(workerCount(undefined, { workers: 0 })).toBe(0);
    expect(workerCount('1', { workers: 0 })).toBe(1);
  });

  it('may grow to one per core only when "auto" chose the number', () => {
    expect(mostWorkers(undefined, { workers: 'auto' })).toBe(MAX_WORKERS);
    expect(mostWorkers('1', { workers: 'auto' })).toBe(1);
    expect(mostWorkers(undefined, { workers: 1 })).toBe(1);
    expect(mostWorkers('0', { workers: 'auto' })).toBe(0);
  });
});
