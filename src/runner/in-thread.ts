// Annotating in this thread: one article's output text (shared with the worker threads, which
// call it too), and the annotator of a run with --workers 0.
import { setImmediate as immediate } from 'node:timers/promises';
import vm from 'node:vm';
import { ZodError } from 'zod';
import { VERSION } from '../config.js';
import { describeZodError } from '../schema/zod-error.js';
import { createPipeline, type Pipeline, type PipelineConfig } from '../pipeline.js';
import { ArticleError } from '../stages/ingest.js';
import { toOutput } from '../stages/write.js';
import { Abandoned, overTime, tuneCompiler, workerAnnotator, type Annotated, type Annotator, type AnnotatorOptions } from './annotator.js';
import type { RawArticle } from './inputs.js';

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
  tuneCompiler();
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
