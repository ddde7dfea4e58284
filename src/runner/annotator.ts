// Where articles are annotated: in this thread, or on worker threads so that a batch uses every
// core. Both answer the same question, this raw article as an output file's text, and both
// really stop an article that runs over the time limit: a worker that overruns is terminated
// and replaced (the run does not wait on it); in this thread, V8 stops the script (vm timeout).
import { availableParallelism } from 'node:os';
import { setImmediate as immediate } from 'node:timers/promises';
import vm from 'node:vm';
import { Worker } from 'node:worker_threads';
import { ZodError } from 'zod';
import type { Origin } from '../document.js';
import { describeZodError } from '../schema/zod-error.js';
import { createPipeline, VERSION, type Pipeline, type PipelineConfig } from '../pipeline.js';
import { ArticleError } from '../stages/ingest.js';
import { toOutput } from '../stages/write.js';
import type { RawArticle } from './inputs.js';

export interface Annotated {
  id: string;
  /** The output document, serialised on one line, newline-terminated. */
  json: string;
  mentionsByType: Record<string, number>;
  words: number;
}

export interface Annotator {
  /** `fingerprint` is recorded in the output (see fingerprint.ts). */
  annotate(raw: RawArticle, fingerprint?: string): Promise<Annotated>;
  /** Stops at once: articles under way are abandoned (their promises reject). */
  close(): Promise<void>;
}

export interface AnnotatorOptions {
  /** Per-article time limit in seconds (the config's limits.articleSeconds). */
  articleSeconds: number;
  /** Indent the JSON (--pretty); compact by default. */
  pretty?: boolean;
}

/** An article stopped by the run itself (Ctrl-C, a signal, a full disk): not the article's fault. */
export class Abandoned extends Error {}

/** Annotates one article; shared by the main thread and the workers. */
export function annotateToJson(pipeline: Pipeline, raw: RawArticle, fingerprint: string | undefined, pretty = false): Annotated {
  let doc, output;
  try {
    doc = pipeline.process(raw.input, raw.origin, raw.defaultId);
    output = toOutput(doc, { version: VERSION, configHash: pipeline.configHash, fingerprint });
  } catch (error) {
    // A check deep in a stage names the field and reason, never a raw dump of zod's issues.
    if (error instanceof ZodError) throw new ArticleError(raw.origin, `internal check failed: ${describeZodError(error)}`);
    throw error;
  }
  const mentionsByType: Record<string, number> = {};
  for (const m of output.mentions) mentionsByType[m.type] = (mentionsByType[m.type] ?? 0) + 1;
  return { id: output.document.id, json: `${JSON.stringify(output, null, pretty ? 1 : undefined)}\n`, mentionsByType, words: doc.tokens.length };
}

export function overTime(origin: Origin, seconds: number): ArticleError {
  return new ArticleError(origin, `over the time limit: still running after ${seconds} s (limits.articleSeconds)`);
}

/**
 * Texts this long (UTF-16 units) may take over half a second. With --workers 0 they go to a
 * helper thread, started on the first one, so that Ctrl-C (or a signal) stops them at once by
 * terminating it. (vm's breakOnSigint would stop them in this thread, but swapping the process's
 * SIGINT handling in and out around each script was measured to lose a Ctrl-C now and then on
 * Node 20, and a lost Ctrl-C is worse than a thread.)
 */
const LONG_ARTICLE = 100_000;

/**
 * In this thread. The article runs as a vm script with a timeout, so that V8 stops it at the
 * time limit and the thread carries on; long articles go to a helper thread (above).
 */
export function inThreadAnnotator(config: PipelineConfig, options: AnnotatorOptions): Annotator {
  const pipeline = createPipeline(config);
  const context = vm.createContext({ job: () => {} });
  const script = new vm.Script('job()');
  let warm = false;
  let helper: Promise<Annotator> | undefined;
  let closed = false;
  return {
    annotate: async (raw, fingerprint) => {
      if (textLength(raw.input) >= LONG_ARTICLE) {
        helper ??= workerAnnotator(config, 1, options);
        const thread = await helper;
        if (closed) throw new Abandoned('interrupted');
        return thread.annotate(raw, fingerprint);
      }
      if (!warm) { warmUp(pipeline); warm = true; }
      // A signal that came while this thread was busy (loading, the last article) is heard
      // here, before the next article starts. Two turns of the event loop, so that its poll
      // phase, where signals arrive, comes between.
      await immediate();
      await immediate();
      if (closed) throw new Abandoned('interrupted');
      context.job = () => annotateToJson(pipeline, raw, fingerprint, options.pretty);
      try {
        return script.runInContext(context, { timeout: Math.ceil(options.articleSeconds * 1000) }) as Annotated;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw overTime(raw.origin, options.articleSeconds);
        throw error;
      } finally {
        context.job = () => {};
      }
    },
    close: async () => {
      closed = true;
      await (await helper?.catch(() => undefined))?.close();
    },
  };
}

/**
 * Loads what stages load on first use (wink's model), so that the time limit of the first
 * article counts only its own work, and a limit never stops a module half-loaded.
 */
export function warmUp(pipeline: Pipeline): void {
  pipeline.process({ text: 'Ready in Paris on Monday.' }, { file: 'warm-up' }, 'warm-up');
}

function textLength(input: unknown): number {
  const text = (input as { text?: unknown } | null)?.text;
  return typeof text === 'string' ? text.length : 0;
}

/** What a worker sends back for one article. */
export type WorkerReply =
  | { ok: true; result: Annotated }
  | { ok: false; origin?: Origin; reason: string };

interface Job {
  raw: RawArticle;
  fingerprint?: string;
  resolve(a: Annotated): void;
  reject(e: Error): void;
}

/**
 * Jobs a worker holds: the one under way and the next, already in its port, so that it never
 * waits a round trip through this thread between articles (it did for 6% of its time).
 */
const HELD = 2;

/**
 * Starts `count` workers, each loading the model and registry once, and waits until all are
 * ready. Each worker works on one article at a time (and holds the next), so that one that
 * overruns the time limit or dies fails only that article: the article it held next goes back to
 * the queue, the worker is replaced and the others carry on.
 */
export async function workerAnnotator(config: PipelineConfig, count: number, options: AnnotatorOptions): Promise<Annotator> {
  const script = new URL('./worker.js', import.meta.url);
  const waiting: Job[] = [];
  /** Each live worker's jobs in the order sent: the first is under way, on the clock. */
  const held = new Map<Worker, { jobs: Job[]; timer?: NodeJS.Timeout }>();
  const all = new Set<Worker>();
  let closing = false;
  let failure: Error | undefined; // why no worker could be (re)started

  /** The time limit of a worker's first job runs from when the worker starts it. */
  const clock = (worker: Worker) => {
    const slot = held.get(worker)!;
    const job = slot.jobs[0];
    slot.timer = job && setTimeout(() => {
      held.delete(worker);
      job.reject(overTime(job.raw.origin, options.articleSeconds));
      waiting.unshift(...slot.jobs.slice(1)); // never started: not the article's fault
      void worker.terminate(); // its exit starts a replacement
      dispatch();
    }, options.articleSeconds * 1000);
  };

  const dispatch = () => {
    for (let depth = 1; depth <= HELD; depth++) {
      for (const [worker, slot] of held) {
        if (!waiting.length) break;
        if (slot.jobs.length >= depth) continue;
        const job = waiting.shift()!;
        slot.jobs.push(job);
        worker.postMessage({ raw: job.raw, fingerprint: job.fingerprint, pretty: options.pretty });
        if (slot.jobs.length === 1) clock(worker);
      }
    }
    if (failure && all.size === 0) for (const job of waiting.splice(0)) job.reject(failure);
  };

  const adopt = (worker: Worker) => {
    all.add(worker);
    held.set(worker, { jobs: [] });
    let error: Error | undefined;
    worker.on('message', (reply: WorkerReply) => {
      const slot = held.get(worker);
      const job = slot?.jobs.shift();
      if (!slot || !job) return;
      clearTimeout(slot.timer);
      clock(worker);
      if (reply.ok) job.resolve(reply.result);
      else job.reject(reply.origin ? new ArticleError(reply.origin, reply.reason) : new Error(reply.reason));
      dispatch();
    });
    worker.on('error', (e) => { error = e; });
    worker.on('exit', (code) => {
      all.delete(worker);
      const slot = held.get(worker);
      held.delete(worker);
      if (slot) {
        clearTimeout(slot.timer);
        const [job, ...rest] = slot.jobs;
        job?.reject(closing ? new Abandoned('interrupted') : new Error(`the worker thread annotating it stopped: ${error?.message ?? `exit code ${code}`}`));
        if (closing) for (const other of rest) other.reject(new Abandoned('interrupted'));
        else waiting.unshift(...rest);
      }
      if (closing) return;
      startWorker(script, config).then(
        (fresh) => {
          if (closing) { void fresh.terminate(); return; }
          adopt(fresh);
          dispatch();
        },
        (e: Error) => { failure = e; dispatch(); },
      );
    });
  };

  for (const worker of await Promise.all(Array.from({ length: count }, () => startWorker(script, config)))) adopt(worker);
  return {
    annotate: (raw, fingerprint) => new Promise((resolve, reject) => {
      waiting.push({ raw, fingerprint, resolve, reject });
      dispatch();
    }),
    close: async () => {
      closing = true;
      for (const job of waiting.splice(0)) job.reject(new Abandoned('interrupted'));
      await Promise.all([...all].map((w) => w.terminate()));
    },
  };
}

function startWorker(script: URL, config: PipelineConfig): Promise<Worker> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: config });
    worker.once('message', (message: { ready: true } | { ready: false; reason: string }) => {
      if (message.ready) resolve(worker);
      else { void worker.terminate(); reject(new Error(message.reason)); }
    });
    worker.once('error', reject);
  });
}

/** The most worker threads a run starts, whatever it is asked for: more only add memory. */
export const MAX_WORKERS = Math.max(1, availableParallelism());

/** Cores one annotating worker thread keeps busy: see defaultWorkers. */
export const CORES_PER_WORKER = 2;

/**
 * `workers: "auto"`: one worker thread per two cores, at least one and at most four. Measured per
 * thread on 2 cores (README, "Quality and speed"): for each second a worker annotates, V8's helper
 * threads (garbage collection, compiling) work 0.4 s, the main thread reading and writing 0.2 s and
 * libuv's file threads 0.1 s, so one worker keeps about 1.7 cores busy; a second one on those 2
 * cores cost a quarter more CPU and was slower. Never 0: a run in the main thread took more CPU
 * than one worker and the main thread's, and cannot read and write while it annotates.
 */
export function defaultWorkers(cores = availableParallelism()): number {
  return Math.max(1, Math.min(4, Math.floor(cores / CORES_PER_WORKER)));
}
