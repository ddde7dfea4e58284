// A worker thread: loads the pipeline once, then annotates the articles the main thread sends.
import { parentPort, workerData } from 'node:worker_threads';
import { createPipeline, type PipelineConfig } from '../pipeline.js';
import { ArticleError } from '../stages/ingest.js';
import { annotateToJson, type WorkerReply } from './annotator.js';
import type { RawArticle } from './inputs.js';

const port = parentPort!;
let pipeline: ReturnType<typeof createPipeline>;
try {
  pipeline = createPipeline(workerData as PipelineConfig);
  port.postMessage({ ready: true });
} catch (error) {
  port.postMessage({ ready: false, reason: error instanceof Error ? error.message : String(error) });
}

const configHash = (workerData as PipelineConfig).hash;

port.on('message', ({ task, raw, fingerprint }: { task: number; raw: RawArticle; fingerprint?: string }) => {
  let reply: WorkerReply;
  try {
    reply = { task, ok: true, result: annotateToJson(pipeline, configHash, raw, fingerprint) };
  } catch (error) {
    reply = error instanceof ArticleError
      ? { task, ok: false, origin: error.origin, reason: error.reason }
      : { task, ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
