// What `gazette run` and `gazette worker` both set up to annotate on this machine: how many worker
// threads (--workers, at most one per core, else the config's), and an annotator with that many.
import type { Config } from '../config.js';
import { defaultWorkers, inThreadAnnotator, MAX_WORKERS, workerAnnotator, type Annotator, type AnnotatorOptions } from '../runner/annotator.js';
import { integerArg, UsageError } from './args.js';

export function workerCount(raw: string | undefined, config: Pick<Config, 'workers'>): number {
  const given = integerArg('workers', raw, 0);
  if (given !== undefined && given > MAX_WORKERS) throw new UsageError(`--workers must be at most ${MAX_WORKERS} (the cores of this machine), got ${given}`);
  return Math.min(MAX_WORKERS, given ?? (config.workers === 'auto' ? defaultWorkers() : config.workers));
}

/** Worker threads when there are any, else the main thread. */
export async function localAnnotator(config: Config, workers: number, options: AnnotatorOptions): Promise<Annotator> {
  return workers ? workerAnnotator(config, workers, options) : inThreadAnnotator(config, options);
}
