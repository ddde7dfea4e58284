// What a worker checks before it annotates a job: that it runs the submitter's setup, as the run
// fingerprint says it (gazette code, config, model, registry: src/runner/fingerprint.ts; the
// output's configHash is part of its config digest). Two setups never mix their outputs in one
// run: a worker that differs refuses the job and says in what.
import type { RunFingerprint } from '../runner/fingerprint.js';

export type Setup = Pick<RunFingerprint, 'pipeline' | 'config' | 'model' | 'registry'>;

export function setupOf(run: RunFingerprint): Setup {
  return { pipeline: run.pipeline, config: run.config, model: run.model, registry: run.registry };
}

const NAMES: Record<keyof Setup, string> = { pipeline: 'gazette code', config: 'config', model: 'model', registry: 'registry' };

/** Where a worker's setup differs from the run's, in words, or undefined when it is the same. */
export function setupMismatch(own: Setup, wanted: Setup): string | undefined {
  const differing = (Object.keys(NAMES) as (keyof Setup)[]).filter((key) => own[key] !== wanted[key]);
  if (!differing.length) return undefined;
  return differing.map((key) => `its ${NAMES[key]} ${own[key].slice(0, 12)} differs from the run's ${wanted[key].slice(0, 12)}`).join('; ');
}
