// Where articles are annotated: in this thread, or spread over worker threads so that a batch
// uses every core. Both answer the same question: this raw article, as an output file's text.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Origin } from '../document.js';
import { createPipeline, VERSION, type PipelineConfig } from '../pipeline.js';
import { ArticleError } from '../stages/ingest.js';
import { toOutput } from '../stages/write.js';
import type { RawArticle } from './inputs.js';

export interface Annotated {
  id: string;
  /** The output document, serialised. */
  json: string;
  mentionsByType: Record<string, number>;
}

export interface Annotator {
  /** `fingerprint` is recorded in the output (see fingerprint.ts). */
  annotate(raw: RawArticle, fingerprint?: string): Promise<Annotated>;
  close(): Promise<void>;
}

/** Annotates one article; shared by the main thread and the workers. */
export function annotateToJson(pipeline: ReturnType<typeof createPipeline>, configHash: string, raw: RawArticle, fingerprint?: string): Annotated {
  const doc = pipeline.process(raw.input, raw.origin, raw.defaultId);
  const output = toOutput(doc, { version: VERSION, configHash, fingerprint });
  const mentionsByType: Record<string, number> = {};
  for (const m of output.mentions) mentionsByType[m.type] = (mentionsByType[m.type] ?? 0) + 1;
  return { id: output.document.id, json: `${JSON.stringify(output, null, 1)}\n`, mentionsByType };
}

export function inThreadAnnotator(config: PipelineConfig): Annotator {
  const pipeline = createPipeline(config);
  return {
    annotate: async (raw, fingerprint) => annotateToJson(pipeline, config.hash, raw, fingerprint),
    close: async () => {},
  };
}

/** What a worker sends back for one task. */
export type WorkerReply =
  | { task: number; ok: true; result: Annotated }
  | { task: number; ok: false; origin?: Origin; reason: string };

/**
 * Starts `count` workers, each loading the model and registry once, and waits until all are
 * ready. A worker that dies fails the articles it held, and the others carry on without it.
 */
export async function workerAnnotator(config: PipelineConfig, count: number): Promise<Annotator> {
  const script = new URL('./worker.js', import.meta.url);
  const workers = await Promise.all(Array.from({ length: count }, () => startWorker(script, config)));
  type Waiting = { resolve: (a: Annotated) => void; reject: (e: Error) => void };
  /** The tasks each live worker holds. */
  const held = new Map<Worker, Map<number, Waiting>>(workers.map((w) => [w, new Map()]));
  let nextTask = 0;
  let closing = false;
  for (const worker of workers) {
    worker.on('message', (reply: WorkerReply) => {
      const tasks = held.get(worker)!;
      const waiting = tasks.get(reply.task)!;
      tasks.delete(reply.task);
      if (reply.ok) waiting.resolve(reply.result);
      else waiting.reject(reply.origin ? new ArticleError(reply.origin, reply.reason) : new Error(reply.reason));
    });
    let failure: string | undefined;
    worker.on('error', (error) => { failure = error.message; });
    worker.on('exit', (code) => {
      const tasks = held.get(worker);
      held.delete(worker);
      if (closing || !tasks) return;
      for (const waiting of tasks.values()) waiting.reject(new Error(`the worker thread annotating it stopped: ${failure ?? `exit code ${code}`}`));
    });
  }
  return {
    annotate(raw, fingerprint) {
      // The least busy live worker takes the article.
      const [worker, tasks] = [...held.entries()].sort((a, b) => a[1].size - b[1].size)[0] ?? [];
      if (!worker || !tasks) return Promise.reject(new Error('no worker thread is left to annotate it'));
      const task = nextTask++;
      return new Promise((resolve, reject) => {
        tasks.set(task, { resolve, reject });
        worker.postMessage({ task, raw, fingerprint });
      });
    },
    close: async () => {
      closing = true;
      await Promise.all(workers.map((w) => w.terminate()));
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

/**
 * Worker threads to use by default: one per core but the one the main thread needs for reading
 * and writing files, at least one and at most four. (On the 2-core machines this was measured on,
 * a second worker did not make batches faster: see the README.)
 */
export function defaultWorkers(): number {
  return Math.max(1, Math.min(4, availableParallelism() - 1));
}
