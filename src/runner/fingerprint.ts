// Fingerprints: a digest of everything that determines an output document, recorded in it, so
// that a re-run can skip an article whose output already carries the same fingerprint.
//
//   const run = runFingerprint(config);              // once per process: code, config, model, registry
//   const fp = articleFingerprint(article, run);     // per article (article-fingerprint.ts): its fields and text, plus `run`
//
// The run part hashes the files themselves (model weights, every registry file, the pipeline's
// own code), not their paths, so a moved registry is the same registry and an edited one is not.
import { createHash, type Hash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { VERSION } from '../config.js';
import { configDigest, type PipelineConfig } from '../pipeline.js';
import { registryFingerprint } from '../registry/index-file.js';
import { sha256 } from './article-fingerprint.js';

/** What a run's outputs depend on besides the article, each as a hex digest. */
export interface RunFingerprint {
  /** The package version and a digest of the code that runs (dist/ when installed). */
  pipeline: string;
  /** The config keys that change what is written (not where, how fast, or how it is logged). */
  config: string;
  model: string;
  registry: string;
  /** The four above in one digest: what `articleFingerprint` mixes in. */
  digest: string;
}

export function runFingerprint(config: PipelineConfig, version = VERSION): RunFingerprint {
  const pipeline = hashTree(createHash('sha256').update(`gazette ${version}\n`), CODE_DIR, /\.(?:js|ts|json)$/).digest('hex');
  const model = sha256(modelBytes(config.model));
  // The registry's content digest, kept in its compiled index: a few stat calls, not a read of every entry.
  const registry = registryFingerprint(config.registry);
  const configHash = configDigest(config);
  const digest = sha256(`${pipeline}\n${configHash}\n${model}\n${registry}`);
  return { pipeline, config: configHash, model, registry, digest };
}

/** The weights, read for their digest before the model loads: a missing file is named as the loader names it. */
function modelBytes(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    throw new Error(`NER model ${file}: cannot read it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}

/** The folder of the running code: dist/ when built, src/ under the test runner. */
const CODE_DIR = fileURLToPath(new URL('..', import.meta.url));

/** Adds every file below `dir` whose name matches, by relative path and content, in a stable order. */
function hashTree(hash: Hash, dir: string, match: RegExp): Hash {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && match.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
  for (const file of files) hash.update(`${path.relative(dir, file)}\0`).update(readFileSync(file)).update('\0');
  return hash;
}
