// What `gazette run` and `gazette worker` both set up to annotate on this machine: how many worker
// threads (--workers, at most one per core, else the config's; "auto" none for a short run), how many
// a run may add while it goes ("auto": see runner/widen.ts), and an annotator with that many.
import type { Config } from '../config.js';
import { defaultWorkers, MAX_WORKERS, SMALL_RUN, workerAnnotator, type Annotator, type AnnotatorOptions, type WorkerPool } from '../runner/annotator.js';
import { integerArg, UsageError } from './args.js';

/** What decides the worker threads: --workers ("auto" or a number), else the config's "workers". */
function workersSetting(raw: string | undefined, config: Pick<Config, 'workers'>): Config['workers'] {
  if (raw === 'auto') return 'auto';
  const given = integerArg('workers', raw, 0, '"auto" or ');
  if (given !== undefined && given > MAX_WORKERS) throw new UsageError(`--workers must be at most ${MAX_WORKERS} (the cores of this machine), got ${given}`);
  return given ?? config.workers;
}

/** Whether "auto" decides: the threads then depend on how many articles a run has. */
export function byArticles(raw: string | undefined, config: Pick<Config, 'workers'>): boolean {
  return workersSetting(raw, config) === 'auto';
}

/** `articles`: how many the run has, if known before reading them; "auto" runs a short one in the main thread (SMALL_RUN). */
export function workerCount(raw: string | undefined, config: Pick<Config, 'workers'>, articles?: number): number {
  const setting = workersSetting(raw, config);
  if (setting !== 'auto') return Math.min(MAX_WORKERS, setting);
  return articles !== undefined && articles <= SMALL_RUN ? 0 : defaultWorkers();
}

/** The most worker threads a run may have: one per core for "auto" (none for a short run), else the number it starts with. */
export function mostWorkers(raw: string | undefined, config: Pick<Config, 'workers'>, articles?: number): number {
  const starting = workerCount(raw, config, articles);
  return byArticles(raw, config) && starting > 0 ? MAX_WORKERS : starting;
}

/**
 * Worker threads when there are any, else the main thread. The pipeline's modules are loaded
 * only for the main thread: with workers, this thread never runs a stage. `signal` calls the
 * worker threads' start off (a run that needed none).
 */
export async function localAnnotator(config: Config, workers: number, options: AnnotatorOptions, signal?: AbortSignal): Promise<Annotator | WorkerPool> {
  return workers ? workerAnnotator(config, workers, options, signal) : (await import('../runner/in-thread.js')).inThreadAnnotator(config, options);
}

export const isPool = (annotator: Annotator): annotator is WorkerPool => 'widen' in annotator;
