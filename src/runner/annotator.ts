// Where articles are annotated: in this thread (in-thread.ts), or on worker threads so that a
// batch uses every core. Both answer the same question, this raw article as an output file's
// text, and both really stop an article that runs over the time limit: a worker that overruns is
// terminated and replaced (the run does not wait on it); in this thread, V8 stops the script (vm
// timeout). This module does not load the pipeline: a run on worker threads starts them before
// its own thread loads the stages (see commands/run.ts).
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { Origin } from '../document.js';
import type { PipelineConfig } from '../pipeline.js';
import { ArticleError } from '../stages/ingest.js';
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

export function overTime(origin: Origin, seconds: number): ArticleError {
  return new ArticleError(origin, `over the time limit: still running after ${seconds} s (limits.articleSeconds)`);
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
export const HELD = 2;

/** Worker threads that can be added to while a run goes (see widen.ts). */
export interface WorkerPool extends Annotator {
  /** Worker threads running now. */
  readonly threads: number;
  /** Starts one more worker thread, resolving once it is ready (false if the pool is closing). */
  widen(): Promise<boolean>;
}

/**
 * Starts `count` workers, each loading the model and registry once, and waits until all are
 * ready. Each worker works on one article at a time (and holds the next), so that one that
 * overruns the time limit or dies fails only that article: the article it held next goes back to
 * the queue, the worker is replaced and the others carry on.
 */
export async function workerAnnotator(config: PipelineConfig, count: number, options: AnnotatorOptions, signal?: AbortSignal): Promise<WorkerPool> {
  tuneCompiler();
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
      addWorker().catch((e: Error) => { failure = e; dispatch(); });
    });
  };

  /** One more worker, in the place of one that stopped or beside the others (widen); false once the pool is closing. */
  const addWorker = async (): Promise<boolean> => {
    if (closing) return false;
    const fresh = await startWorker(script, config);
    if (closing) { void fresh.terminate(); return false; }
    adopt(fresh);
    dispatch();
    return true;
  };

  // Each started (or none, the others stopped): one that cannot start, or a start called off by `signal`, fails the pool.
  const started = await Promise.allSettled(Array.from({ length: count }, () => startWorker(script, config, signal)));
  const failed = started.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed) {
    await Promise.all(started.map((s) => s.status === 'fulfilled' && s.value.terminate()));
    throw failed.reason;
  }
  for (const s of started) if (s.status === 'fulfilled') adopt(s.value);
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
    get threads() {
      return all.size;
    },
    widen: addWorker,
  };
}

/**
 * V8 compiles a function with its optimizing compiler once it has run a budget of bytecode. In a
 * batch's first articles the stages meet objects of ever new shapes (mentions and candidates with
 * different optional fields), and code compiled early is thrown away and compiled again: half of
 * the compiler's work over a run's first 1,800 articles, on V8's helper threads, a third of the
 * run's CPU. Four times V8's default budget (66 kB) compiles later, with more of those shapes
 * seen: a run of 1,800 articles took 0.90x the CPU (docs/quality.md, "Speed"), and warm code runs
 * as fast. And each compile inlines less (300 bytes of callees' bytecode in all, not V8's 920): the
 * largest functions (linkMentions, findMatches, tag) cost 50-270 ms of compiling each with all of
 * their callees inlined, and every worker thread compiles them anew; the process's CPU over
 * eng.testa's articles ten times 0.95x, the annotating thread's 0.96x (docs/quality.md, "Speed").
 * V8's flags are the whole process's; these are set before the threads that annotate load.
 */
export function tuneCompiler(): void {
  setFlagsFromString(`--interrupt-budget=${4 * 67_584}`);
  setFlagsFromString('--max-inlined-bytecode-size-cumulative=300');
}

/** A worker thread once it has loaded the pipeline; `signal` calls the start off (the thread is terminated). */
function startWorker(script: URL, config: PipelineConfig, signal?: AbortSignal): Promise<Worker> {
  return new Promise((resolve, reject) => {
    const notNeeded = () => new Abandoned('not started: not needed');
    if (signal?.aborted) { reject(notNeeded()); return; }
    const worker = new Worker(script, { workerData: config });
    const callOff = () => { void worker.terminate(); reject(notNeeded()); };
    signal?.addEventListener('abort', callOff, { once: true });
    worker.once('message', (message: { ready: true } | { ready: false; reason: string }) => {
      signal?.removeEventListener('abort', callOff);
      if (message.ready) resolve(worker);
      else { void worker.terminate(); reject(new Error(message.reason)); }
    });
    worker.once('error', (error) => {
      signal?.removeEventListener('abort', callOff);
      reject(error);
    });
  });
}

/** The most worker threads a run starts, whatever it is asked for: more only add memory. */
export const MAX_WORKERS = Math.max(1, availableParallelism());

/** Cores one annotating worker thread keeps busy: see defaultWorkers. */
export const CORES_PER_WORKER = 2;

/**
 * `workers: "auto"`: one worker thread per two cores to start with, at least one and at most four
 * (a long run adds more: widen.ts). Measured per thread on 2 cores (README, "Quality and speed"):
 * while a worker warms up, V8's helper threads (compiling, garbage collection) work 0.4 s for each
 * second it annotates, the main thread reading and writing 0.2 s and libuv's file threads 0.1 s,
 * so one worker keeps about 1.7 cores busy; a second one started with it cost a quarter more CPU
 * and made a run of 1,800 articles no faster. Not 0 for a long run: in the main thread, which
 * cannot read and write while it annotates, 1,800 articles took 1.15x to 1.23x as long.
 */
export function defaultWorkers(cores = availableParallelism()): number {
  return Math.max(1, Math.min(4, Math.floor(cores / CORES_PER_WORKER)));
}

/**
 * `workers: "auto"` annotates a run of at most this many articles, counted before the first is
 * read, in the main thread: a worker thread's start (a second copy of the stages, the model and
 * wink's lexicon to load) is then more than the thread saves. Measured on 2 cores, whole process,
 * the main thread against one worker (docs/quality.md, "Speed"): 1 article 0.78x the time, 10
 * articles 0.83x, 50 0.90x, 100 0.97x (0.89x the CPU), 200 0.98x, 300 1.04x; 1,800 1.15x to 1.23x.
 */
export const SMALL_RUN = 100;
