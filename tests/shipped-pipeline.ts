// The pipeline as the shipped config builds it (model, registry, every stage), for the tests that run
// invented sentences through all of it.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../src/config.js';
import { createPipeline, type Pipeline } from '../src/pipeline.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

export function shippedPipeline(): Pipeline {
  return createPipeline(loadConfig(path.join(root, 'pipeline.config.json')));
}
