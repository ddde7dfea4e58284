// The pipeline: ingest, then the configured stages in order, then write. One call annotates
// one article; everything around it (reading, queueing, writing files) is the runner's.
import { readFileSync } from 'node:fs';
import type { Config } from './config.js';
import type { Doc, Origin } from './document.js';
import { loadResources, type Resources } from './resources.js';
import { ingest } from './stages/ingest.js';
import { linkStage } from './stages/link.js';
import { normalizeStage } from './stages/normalize.js';
import { recognizeStage } from './stages/recognize.js';
import { resolveStage } from './stages/resolve.js';
import { tokenizeStage } from './stages/tokenize.js';
import { toOutput } from './stages/write.js';
import type { OutputDocument } from './schema/output.js';

export const VERSION: string = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;

export type PipelineConfig = Pick<Config, 'stages' | 'recognize' | 'model' | 'registry'> & { hash: string };

export interface Pipeline {
  /** Runs the stages on one article; throws an ArticleError for a bad one. */
  annotate(input: unknown, origin: Origin, defaultId: string): OutputDocument;
  /** The same, stopping before write: for evaluation and benchmarks. */
  process(input: unknown, origin: Origin, defaultId: string): Doc;
  resources: Resources;
}

export function createPipeline(config: PipelineConfig, resources: Resources = loadResources(config)): Pipeline {
  const stages: ((doc: Doc) => Doc)[] = config.stages.map((name) => {
    switch (name) {
      case 'tokenize': return tokenizeStage;
      case 'recognize': return (doc: Doc) => recognizeStage(doc, resources, config.recognize.recognizers);
      case 'resolve': return (doc: Doc) => resolveStage(doc, resources);
      case 'link': return (doc: Doc) => linkStage(doc, resources);
      case 'normalize': return normalizeStage;
    }
  });
  const process = (input: unknown, origin: Origin, defaultId: string): Doc =>
    stages.reduce((doc, stage) => stage(doc), ingest(input, origin, defaultId));
  return {
    resources,
    process,
    annotate: (input, origin, defaultId) =>
      toOutput(process(input, origin, defaultId), { version: VERSION, configHash: config.hash }),
  };
}
