// A batch run: reads the inputs as a stream, annotates articles on a bounded p-queue (in this
// thread or on worker threads), writes
// each one atomically to OUT/<id>.json, and counts what happened. A bad article is reported
// and skipped; the rest of the batch completes.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import PQueue from 'p-queue';
import type { Logger } from '../log.js';
import { ArticleError } from '../stages/ingest.js';
import type { Annotator } from './annotator.js';
import { writeFileAtomic } from './atomic-write.js';
import { readInputs, type RawArticle } from './inputs.js';

export interface Failure {
  file: string;
  line?: number;
  reason: string;
}

export interface RunSummary {
  read: number;
  written: number;
  failed: Failure[];
  mentionsByType: Record<string, number>;
  seconds: number;
}

export interface RunOptions {
  inputs: string[];
  outDir: string;
  concurrency: number;
  annotator: Annotator;
  logger: Logger;
}

export async function runBatch({ inputs, outDir, concurrency, annotator, logger }: RunOptions): Promise<RunSummary> {
  const started = process.hrtime.bigint();
  await mkdir(outDir, { recursive: true });
  const summary: RunSummary = { read: 0, written: 0, failed: [], mentionsByType: {}, seconds: 0 };
  const queue = new PQueue({ concurrency });
  // Which file each id came from, so that two articles never overwrite each other's output.
  const idSources = new Map<string, string>();

  const fail = (error: unknown, fallback: RawArticle['origin']) => {
    const failure: Failure = error instanceof ArticleError
      ? { file: error.origin.file, ...(error.origin.line && { line: error.origin.line }), reason: error.reason }
      : { file: fallback.file, ...(fallback.line && { line: fallback.line }), reason: error instanceof Error ? error.message : String(error) };
    summary.failed.push(failure);
    logger.warn(failure, 'article skipped');
  };

  const annotateAndWrite = async (raw: RawArticle) => {
    try {
      const annotated = await annotator.annotate(raw);
      const where = `${raw.origin.file}${raw.origin.line ? `:${raw.origin.line}` : ''}`;
      const earlier = idSources.get(annotated.id);
      if (earlier) throw new ArticleError(raw.origin, `duplicate id "${annotated.id}": already written from ${earlier}`);
      idSources.set(annotated.id, where);
      await writeFileAtomic(path.join(outDir, `${annotated.id}.json`), annotated.json);
      summary.written++;
      for (const [type, n] of Object.entries(annotated.mentionsByType)) summary.mentionsByType[type] = (summary.mentionsByType[type] ?? 0) + n;
      logger.debug({ id: annotated.id, file: where }, 'article written');
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
    // Back-pressure: never read far ahead of what is being annotated.
    await queue.onSizeLessThan(concurrency * 2);
    void queue.add(() => annotateAndWrite(item));
  }
  await queue.onIdle();
  summary.seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return summary;
}
