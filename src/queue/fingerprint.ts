// What a worker checks before it annotates a job: that it runs the submitter's setup. The run
// fingerprint (code, config, model, registry: src/runner/fingerprint.ts) and the hash of the
// config file, which the output records as pipeline.configHash. Two setups never mix their
// outputs in one run: a worker that differs refuses the job and says in what.
import type { RunFingerprint } from '../runner/fingerprint.js';

export interface Setup {
  pipeline: string;
  config: string;
  model: string;
  registry: string;
  /** The whole config file's hash, written into every output. */
  configHash: string;
}

export function setupOf(run: RunFingerprint, configHash: string): Setup {
  return { pipeline: run.pipeline, config: run.config, model: run.model, registry: run.registry, configHash };
}

const NAMES: Record<keyof Setup, string> = {
  pipeline: 'gazette code',
  config: 'config',
  model: 'model',
  registry: 'registry',
  configHash: 'config file (hash)',
};

/** Where a worker's setup differs from the run's, in words, or undefined when it is the same. */
export function setupMismatch(own: Setup, wanted: Setup): string | undefined {
  const differing = (Object.keys(NAMES) as (keyof Setup)[]).filter((key) => own[key] !== wanted[key]);
  if (!differing.length) return undefined;
  return differing.map((key) => `its ${NAMES[key]} ${own[key].slice(0, 12)} differs from the run's ${wanted[key].slice(0, 12)}`).join('; ');
}
