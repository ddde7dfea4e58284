// A batch run: reads the inputs as a stream, skips articles whose output already records the
// same fingerprint, annotates the rest on a bounded p-queue (in this thread or on worker
// threads), writes each one whole to the sink, and counts what happened. A bad article is
// reported and skipped; the rest of the batch completes.
import PQueue from 'p-queue';
import type { Logger } from '../log.js';
import { articleId } from '../schema/article.js';
import { ArticleError } from '../stages/ingest.js';
import type { Annotator } from './annotator.js';
import { articleFields, articleFingerprint, type RunFingerprint } from './fingerprint.js';
import { readInputs, type RawArticle } from './inputs.js';
import type { OutputSink } from './outputs.js';

export interface Failure {
  file: string;
  line?: number;
  reason: string;
}

export interface RunSummary {
  read: number;
  written: number;
  /** Articles whose output already recorded the same fingerprint. */
  unchanged: number;
  failed: Failure[];
  mentionsByType: Record<string, number>;
  seconds: number;
}

export interface RunOptions {
  inputs: string[];
  sink: OutputSink;
  concurrency: number;
  annotator: Annotator;
  logger: Logger;
  fingerprint: RunFingerprint;
  /** Annotate and write every article, even those whose output is up to date. */
  force?: boolean;
}

const where = (origin: RawArticle['origin']) => `${origin.file}${origin.line ? `:${origin.line}` : ''}`;

export async function runBatch({ inputs, sink, concurrency, annotator, logger, fingerprint, force = false }: RunOptions): Promise<RunSummary> {
  const started = process.hrtime.bigint();
  const summary: RunSummary = { read: 0, written: 0, unchanged: 0, failed: [], mentionsByType: {}, seconds: 0 };
  const queue = new PQueue({ concurrency });
  // Which input each id came from: the first in input order keeps it, whatever the workers do.
  const idSources = new Map<string, string>();

  const fail = (error: unknown, fallback: RawArticle['origin']) => {
    const failure: Failure = error instanceof ArticleError
      ? { file: error.origin.file, ...(error.origin.line && { line: error.origin.line }), reason: error.reason }
      : { file: fallback.file, ...(fallback.line && { line: fallback.line }), reason: error instanceof Error ? error.message : String(error) };
    summary.failed.push(failure);
    logger.warn(failure, 'article skipped');
  };

  const annotateAndWrite = async (raw: RawArticle, fp: string | undefined) => {
    try {
      const annotated = await annotator.annotate(raw, fp);
      await sink.write(annotated.id, annotated.json);
      summary.written++;
      for (const [type, n] of Object.entries(annotated.mentionsByType)) summary.mentionsByType[type] = (summary.mentionsByType[type] ?? 0) + n;
      logger.debug({ id: annotated.id, file: where(raw.origin) }, 'article written');
    } catch (error) {
      fail(error, raw.origin);
    }
  };

  for await (const item of readInputs(inputs)) {
    summary.read++;
    if (item instanceof ArticleError) {
      fail(item, item.origin);
      continue;
    }
    // An article without a usable id or text gets no fingerprint: ingest refuses it, naming why.
    const fields = articleFields(item.input, item.defaultId);
    let fp: string | undefined;
    if (fields && articleId.safeParse(fields.id).success) {
      const earlier = idSources.get(fields.id);
      if (earlier) {
        fail(new ArticleError(item.origin, `duplicate id "${fields.id}": already taken by ${earlier}`), item.origin);
        continue;
      }
      idSources.set(fields.id, where(item.origin));
      fp = articleFingerprint(fields, fingerprint);
      if (!force && (await sink.recorded(fields.id)) === fp) {
        summary.unchanged++;
        continue;
      }
    }
    // Back-pressure: never read far ahead of what is being annotated.
    await queue.onSizeLessThan(concurrency * 2);
    void queue.add(() => annotateAndWrite(item, fp));
  }
  await queue.onIdle();
  summary.seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return summary;
}
