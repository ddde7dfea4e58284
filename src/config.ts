// pipeline.config.json: which stages run, their options, where things are. Validated with zod;
// an unknown key or a wrong type stops the run with a message naming the key and the file.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { readFailure } from './folders.js';
import { describeZodError } from './schema/zod-error.js';
import { CONLL_TYPES, LABELS } from './document.js';

/** pino's levels, for the config's log.level and the LOG_LEVEL that overrides it. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Most articles in flight at once, from the config or --concurrency: each is held in memory. */
export const MOST_CONCURRENCY = 64;

const Thresholds = z.strictObject({
  coreF1: z.number().min(0).max(1).default(0),
  valueAccuracy: z.number().min(0).max(1).default(0),
  linkingF1: z.number().min(0).max(1).default(0),
  conllF1: z.number().min(0).max(1).default(0),
  timexRelaxedF1: z.number().min(0).max(1).default(0),
  timexValueF1: z.number().min(0).max(1).default(0),
  /** Least F1 per label, for the gold that scores it: project labels (seed gold) or CoNLL types. */
  perLabel: z.partialRecord(z.enum([...LABELS, ...CONLL_TYPES]), z.number().min(0).max(1)).optional(),
});

export const Config = z.strictObject({
  /** Folder (or file) read by `gazette run` with no inputs. */
  corpus: z.string().default('corpus'),
  /** Folder the annotated JSON goes to. */
  output: z.string().default('output'),
  /** Articles in flight at once. */
  concurrency: z.number().int().min(1).max(MOST_CONCURRENCY).default(4),
  /** Worker threads that annotate; 0 annotates in the main thread, "auto" one per two cores (at least 1, at most 4). */
  workers: z.union([z.number().int().min(0).max(64), z.literal('auto')], { error: 'expected "auto" or a whole number from 0 to 64' }).default('auto'),
  /** Bounds on one article; a breach fails that article, named with the limit, and the batch goes on. */
  limits: z.strictObject({
    /** Largest article text, in UTF-8 bytes. */
    maxArticleBytes: z.number().int().positive().default(2_000_000),
    /** Longest one article may take; the work is stopped, not waited for. */
    articleSeconds: z.number().positive().max(86_400).default(60),
  }).prefault({}),
  log: z.strictObject({
    level: z.enum(LOG_LEVELS).default('warn'),
    /** Log file; null sends the JSON log lines to stderr. */
    file: z.string().nullable().default(null),
  }).prefault({}),
  /**
   * Stages after ingest, by name, in the order the pipeline runs them; all of them when absent.
   * Write always runs last. The names, order and needs are the stages' own (src/pipeline.ts checks them).
   */
  stages: z.array(z.string()).optional(),
  recognize: z.strictObject({
    /** Recognizers that propose spans, by name (src/stages/recognize.ts); all of them when absent. */
    recognizers: z.array(z.string()).min(1).optional(),
  }).prefault({}),
  /** Folder of registry/*.jsonl files. */
  registry: z.string().default('registry'),
  /** The named-entity model's weights. */
  model: z.string().default('models/ner.bin.gz'),
  eval: z.strictObject({ thresholds: Thresholds.prefault({}) }).prefault({}),
});
export type Config = z.infer<typeof Config>;

export class ConfigError extends Error {}

/** The config a command reads when it is given none: this folder's, if it has one. */
export const LOCAL_CONFIG = 'pipeline.config.json';
/** The config that ships with the package: used from a folder that has none of its own. */
export const PACKAGE_CONFIG = fileURLToPath(new URL('../pipeline.config.json', import.meta.url));

/** The package's version: what `gazette --version` prints and every output records. */
export const VERSION: string = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;

/** The config file to read: the one given, else this folder's, else the package's own. */
export function configFile(given: string | undefined): string {
  return given ?? (existsSync(LOCAL_CONFIG) ? LOCAL_CONFIG : PACKAGE_CONFIG);
}

/**
 * Config keys that change how a run goes, not what it writes: where inputs and outputs are,
 * parallelism, logs, eval thresholds, per-article limits (a breach fails the article, it never
 * alters an output), and the model and registry paths (their content is hashed instead). Every
 * other key, present or added later, shapes documents and counts in the config's hash.
 */
export const RUN_ONLY_KEYS: ReadonlySet<string> = new Set(['corpus', 'output', 'concurrency', 'workers', 'log', 'eval', 'limits', 'model', 'registry', 'file']);

/** Reads and validates a config file; relative paths in it are resolved against its folder. */
export function loadConfig(file: string): Config & { file: string } {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(`${file}: cannot read the config: ${readFailure(error)}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw.replace(/^\uFEFF/, '')); // a byte order mark, as some editors write
  } catch (error) {
    throw new ConfigError(`${file}: not valid JSON: ${(error as Error).message}`);
  }
  const parsed = Config.safeParse(json);
  if (!parsed.success) {
    throw new ConfigError(`${file}: ${describeZodError(parsed.error)}`);
  }
  const dir = path.dirname(path.resolve(file));
  const config = parsed.data;
  // A model or registry the config leaves out is the package's own, not a folder beside the config.
  const shipped = (key: 'registry' | 'model') => path.resolve(key in (json as object) ? dir : path.dirname(PACKAGE_CONFIG), config[key]);
  return {
    ...config,
    corpus: path.resolve(dir, config.corpus),
    output: path.resolve(dir, config.output),
    registry: shipped('registry'),
    model: shipped('model'),
    log: { ...config.log, file: config.log.file && path.resolve(dir, config.log.file) },
    file,
  };
}
