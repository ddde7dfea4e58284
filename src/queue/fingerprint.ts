// What an output depends on besides the article: the pipeline version, the config's hash and the
// bytes of the model and the registry. A worker compares its own with the submitter's before it
// annotates, so that a distributed run never mixes outputs of two setups.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { VERSION, type PipelineConfig } from '../pipeline.js';

export interface PipelineFingerprint {
  version: string;
  config: string;
  model: string;
  registry: string;
}

export function pipelineFingerprint(config: PipelineConfig): PipelineFingerprint {
  const registry = createHash('sha256');
  for (const file of readdirSync(config.registry).filter((f) => f.endsWith('.jsonl') || f === 'titles.json').sort()) {
    registry.update(`${file}\0`).update(readFileSync(path.join(config.registry, file))).update('\0');
  }
  return {
    version: VERSION,
    config: config.hash,
    model: createHash('sha256').update(readFileSync(config.model)).digest('hex').slice(0, 16),
    registry: registry.digest('hex').slice(0, 16),
  };
}

/** Where two fingerprints differ, in words ("its registry 1a2b… differs from the run's 3c4d…"), or undefined. */
export function fingerprintMismatch(own: PipelineFingerprint, wanted: PipelineFingerprint): string | undefined {
  const names: Record<keyof PipelineFingerprint, string> = { version: 'gazette version', config: 'config', model: 'model', registry: 'registry' };
  const differing = (Object.keys(names) as (keyof PipelineFingerprint)[]).filter((key) => own[key] !== wanted[key]);
  if (!differing.length) return undefined;
  return differing.map((key) => `its ${names[key]} ${own[key]} differs from the run's ${wanted[key]}`).join('; ');
}
