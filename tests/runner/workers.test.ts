// workers: "auto" picks the number of worker threads to start with by a rule from measured
// per-thread CPU (src/runner/annotator.ts, defaultWorkers): one per two cores, at least one, at most
// four, and none (the main thread) for a run of at most SMALL_RUN articles; a long run may add more,
// up to one per core (tests/runner/widen.test.ts).
// Outputs are the same whatever the count (tests/pipeline/determinism.test.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mostWorkers, workerCount } from '../../src/commands/annotation.js';
import { defaultWorkers, MAX_WORKERS, SMALL_RUN } from '../../src/runner/annotator.js';
import { gazette, tempDir } from './cli.js';

/** A folder `in` of `n` short articles in a fresh temporary folder (more added by calling `write` again). */
function articles(n: number) {
  const dir = tempDir('workers');
  const inputs = path.join(dir, 'in');
  mkdirSync(inputs);
  const write = (count: number) => { for (let i = 0; i < count; i++) writeFileSync(path.join(inputs, `a${i}.txt`), `Report ${i} from Paris on Monday.`); };
  write(n);
  return { dir, inputs, write };
}

/** A config in `dir` that asks for one worker thread, with this package's model and registry. */
function oneWorkerConfig(dir: string): string {
  const config = path.join(dir, 'one-worker.json');
  writeFileSync(config, JSON.stringify({ registry: path.resolve('registry'), model: path.resolve('models/ner.bin.gz'), workers: 1 }));
  return config;
}

/** The worker threads a run reports in its log's "run finished" line (0: the main thread; absent: none started). */
function workersOfRun(args: string[]): number | undefined {
  const run = gazette(args, { env: { LOG_LEVEL: 'info' } });
  expect(run.code).toBe(0);
  const finished = run.stderr.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as { msg: string; workers?: number }).find((l) => l.msg === 'run finished');
  return finished?.workers;
}

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

  it('annotates a run of at most SMALL_RUN articles, known before reading, in the main thread', () => {
    expect(workerCount(undefined, { workers: 'auto' }, SMALL_RUN)).toBe(0);
    expect(mostWorkers(undefined, { workers: 'auto' }, SMALL_RUN)).toBe(0);
    expect(workerCount(undefined, { workers: 'auto' }, SMALL_RUN + 1)).toBe(workerCount(undefined, { workers: 'auto' }));
    expect(mostWorkers(undefined, { workers: 'auto' }, SMALL_RUN + 1)).toBe(MAX_WORKERS);
    // A number given is kept, however short the run.
    expect(workerCount('1', { workers: 'auto' }, 1)).toBe(1);
    expect(workerCount(undefined, { workers: 1 }, 1)).toBe(1);
    expect(mostWorkers(undefined, { workers: 1 }, 1)).toBe(1);
  });

  it('takes --workers auto over a number in the config, and refuses other words naming both forms', () => {
    expect(workerCount('auto', { workers: 2 }, SMALL_RUN)).toBe(0);
    expect(workerCount('auto', { workers: 0 })).toBe(workerCount(undefined, { workers: 'auto' }));
    expect(mostWorkers('auto', { workers: 1 }, SMALL_RUN + 1)).toBe(MAX_WORKERS);
    expect(() => workerCount('many', { workers: 'auto' })).toThrow('--workers must be "auto" or a whole number of at least 0, got "many"');
  });

  it('is the main thread for a short run and a worker thread for a longer one, as the run reports', () => {
    const { dir, inputs, write } = articles(3);
    expect(workersOfRun(['run', inputs, '--out', path.join(dir, 'short')])).toBe(0);
    expect(workersOfRun(['run', inputs, '--out', path.join(dir, 'given'), '--workers', '1'])).toBe(1);
    expect(workersOfRun(['run', inputs, '--out', path.join(dir, 'auto'), '--workers', 'auto', '--config', oneWorkerConfig(dir)])).toBe(0);
    write(SMALL_RUN + 1);
    expect(workersOfRun(['run', inputs, '--out', path.join(dir, 'long')])).toBeGreaterThanOrEqual(1);
  });

  it('starts no annotator for a re-run whose articles are all unchanged', () => {
    const { dir, inputs } = articles(1);
    const out = path.join(dir, 'out');
    expect(workersOfRun(['run', inputs, '--out', out])).toBe(0);
    expect(workersOfRun(['run', inputs, '--out', out])).toBeUndefined();
  });

  it('stops a run whose annotator cannot start with exit 1 and the reason, on worker threads or not', () => {
    const { dir, inputs } = articles(1);
    const config = path.join(dir, 'config.json');
    // A model file that is not one: its fingerprint reads, only loading it fails.
    writeFileSync(path.join(dir, 'not-a-model.bin.gz'), 'not a model');
    writeFileSync(config, JSON.stringify({ registry: path.resolve('registry'), model: path.join(dir, 'not-a-model.bin.gz') }));
    for (const workers of [[], ['--workers', '1']]) {
      const run = gazette(['run', inputs, '--out', path.join(dir, `out${workers.length}`), '--config', config, ...workers]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('not-a-model.bin.gz: not a gazette model file');
    }
  });
});
