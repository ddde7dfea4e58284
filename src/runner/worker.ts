// A worker thread: loads the pipeline once, then annotates the articles the main thread sends,
// one at a time. The main thread terminates it when an article overruns the time limit.
import { parentPort, workerData } from 'node:worker_threads';
import { createPipeline, type Pipeline, type PipelineConfig } from '../pipeline.js';
import { ArticleError } from '../stages/ingest.js';
import type { WorkerReply } from './annotator.js';
import { annotateToJson, warmUp } from './in-thread.js';
import type { RawArticle } from './inputs.js';

const port = parentPort!;
const config = workerData as PipelineConfig;
let pipeline: Pipeline;
try {
  pipeline = createPipeline(config);
  warmUp(pipeline);
  port.postMessage({ ready: true });
} catch (error) {
  port.postMessage({ ready: false, reason: error instanceof Error ? error.message : String(error) });
}

port.on('message', ({ raw, fingerprint, pretty }: { raw: RawArticle; fingerprint?: string; pretty?: boolean }) => {
  let reply: WorkerReply;
  try {
    reply = { ok: true, result: annotateToJson(pipeline, raw, fingerprint, pretty) };
  } catch (error) {
    reply = error instanceof ArticleError
      ? { ok: false, origin: error.origin, reason: error.reason }
      : { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
