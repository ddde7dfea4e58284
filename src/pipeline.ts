// The pipeline: ingest, then the configured stages in order, then write. One call annotates
// one article; everything around it (reading, queueing, writing files) is the runner's.
import { createHash } from 'node:crypto';
import { ConfigError, RUN_ONLY_KEYS, VERSION, type Config } from './config.js';
import type { Doc, Origin } from './document.js';
import { loadResources } from './resources.js';
import { ingest } from './stages/ingest.js';
import { stage as link } from './stages/link.js';
import { stage as normalize } from './stages/normalize.js';
import { RECOGNIZERS, stage as recognize } from './stages/recognize.js';
import { stage as resolve } from './stages/resolve.js';
import type { Stage } from './stages/stage.js';
import { stage as tokenize } from './stages/tokenize.js';
import { toOutput } from './stages/write.js';
import type { OutputDocument } from './schema/output.js';

/** The stages after ingest, in the order they run; a config may leave some out. */
export const STAGES: readonly Stage[] = [tokenize, recognize, resolve, link, normalize];

export type PipelineConfig = Pick<Config, 'stages' | 'recognize' | 'model' | 'registry'> & { file?: string };

export interface Pipeline {
  /** Runs the stages on one article; throws an ArticleError for a bad one. */
  annotate(input: unknown, origin: Origin, defaultId: string): OutputDocument;
  /** The same, stopping before write: for evaluation and benchmarks. */
  process(input: unknown, origin: Origin, defaultId: string): Doc;
  /** The first 16 hex digits of configDigest: what every output records as pipeline.configHash. */
  configHash: string;
}

export function createPipeline(config: PipelineConfig): Pipeline {
  const { stages, recognizers } = configuredStages(config);
  const resources = loadResources(config, new Set(stages.flatMap((stage) => stage.uses({ recognizers }))));
  const run = (doc: Doc) => stages.reduce((d, stage) => stage.run(d, resources, { recognizers }), doc);
  const configHash = configDigest(config).slice(0, 16);
  const process = (input: unknown, origin: Origin, defaultId: string): Doc =>
    run(ingest(input, origin, defaultId));
  return {
    process,
    configHash,
    annotate: (input, origin, defaultId) =>
      toOutput(process(input, origin, defaultId), { version: VERSION, configHash }),
  };
}

/**
 * sha256 of what in the config shapes documents: every key but the run-only ones, with the
 * stages and recognizers as they run, so a config that lists all of them and one that leaves the
 * lists out (meaning all) hash the same.
 */
export function configDigest(config: PipelineConfig): string {
  const { stages, recognizers } = configuredStages(config);
  const shaping: Record<string, unknown> = Object.fromEntries(Object.entries(config)
    .filter(([key]) => !RUN_ONLY_KEYS.has(key))
    .sort(([a], [b]) => a.localeCompare(b)));
  shaping.stages = stages.map((s) => s.name);
  shaping.recognize = { ...(shaping.recognize as object), recognizers };
  return createHash('sha256').update(JSON.stringify(shaping)).digest('hex');
}

/**
 * The config's stages and recognizers checked against their declarations: known names, in the
 * order the stages run, each stage after the ones that add what it reads. Absent lists mean all.
 */
export function configuredStages(config: Pick<PipelineConfig, 'stages' | 'recognize' | 'file'>): { stages: Stage[]; recognizers: string[] } {
  const refuse = (key: string, reason: string) => new ConfigError(`${config.file ?? 'config'}: ${key}: ${reason}`);
  const names = config.stages ?? STAGES.map((s) => s.name);
  const unknown = names.filter((name) => !STAGES.some((s) => s.name === name));
  if (unknown.length) throw refuse('stages', `no stage ${unknown.map((n) => `"${n}"`).join(', ')} (the stages: ${STAGES.map((s) => s.name).join(', ')})`);
  const order = names.map((name) => STAGES.findIndex((s) => s.name === name));
  if (order.some((o, i) => i > 0 && o <= order[i - 1])) {
    throw refuse('stages', `must be in the order ${STAGES.map((s) => s.name).join(', ')}, each at most once`);
  }
  const stages = order.map((o) => STAGES[o]);
  stages.forEach((stage, i) => {
    const missing = new Set(stage.requires.filter((part) => !stages.slice(0, i).some((earlier) => earlier.assigns.includes(part)))
      .map((part) => STAGES.find((s) => s.assigns.includes(part))!.name));
    if (missing.size) throw refuse('stages', `has "${stage.name}" without ${[...missing].map((m) => `"${m}"`).join(' and ')}, which it reads`);
  });
  const recognizers = config.recognize.recognizers ?? Object.keys(RECOGNIZERS);
  // Own keys only: "constructor" is in every object.
  const strange = recognizers.filter((name) => !Object.hasOwn(RECOGNIZERS, name));
  if (strange.length) {
    throw refuse('recognize.recognizers', `no recognizer ${strange.map((n) => `"${n}"`).join(', ')} (the recognizers: ${Object.keys(RECOGNIZERS).join(', ')})`);
  }
  // Twice, a recognizer's candidates would agree with themselves and gain confidence.
  const twice = recognizers.filter((name, i) => recognizers.indexOf(name) !== i);
  if (twice.length) throw refuse('recognize.recognizers', `${twice.map((n) => `"${n}"`).join(', ')} given more than once`);
  return { stages, recognizers };
}
