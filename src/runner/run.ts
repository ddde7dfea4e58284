// A batch run: reads the inputs as a stream, skips articles whose output already records the
// same fingerprint, annotates the rest on a bounded p-queue (in this thread or on worker
// threads), writes each one whole to the sink, and counts what happened. A bad article is
// reported and skipped; the rest of the batch completes. The run stops early only when its
// AbortSignal fires (a signal, a full disk): it reads no more, abandons the articles under way,
// lets the writes under way finish, and returns the summary with what was left undone.
import PQueue from 'p-queue';
import { writeFailure } from '../folders.js';
import type { Logger } from '../log.js';
import { ARTICLE_ID_RULE, articleId } from '../schema/article.js';
import { ArticleError } from '../stages/ingest.js';
import { Abandoned, type Annotated, type Annotator } from './annotator.js';
import { articleFields, articleFingerprint } from './article-fingerprint.js';
import type { RunFingerprint } from './fingerprint.js';
import { readInputs, type InputPlan, type RawArticle } from './inputs.js';
import type { OutputSink } from './outputs.js';

export interface Failure {
  file: string;
  line?: number;
  reason: string;
}

/** Why a run stopped before the end. */
export interface Stop {
  /** "SIGINT", "SIGTERM", "SIGHUP", or undefined for a failure of the run itself (a full disk). */
  signal?: NodeJS.Signals;
  reason: string;
}

export interface RunSummary {
  read: number;
  /** Items the inputs hold, when known before reading them (InputPlan's items). */
  total?: number;
  written: number;
  /** Articles whose output already recorded the same fingerprint. */
  unchanged: number;
  failed: Failure[];
  /** Files in input folders not read as articles, counted by why. */
  skipped: Record<string, number>;
  mentionsByType: Record<string, number>;
  words: number;
  seconds: number;
  /** Set when the run stopped early; `abandoned` articles were read but not finished. */
  stopped?: Stop & { abandoned: number };
}

export interface RunLimits {
  maxArticleBytes: number;
}

export interface RunOptions {
  /** The inputs, listed (planInputs, leaving out the sink's own files). */
  inputs: InputPlan;
  sink: OutputSink;
  concurrency: number;
  annotator: Annotator;
  logger: Logger;
  fingerprint: RunFingerprint;
  limits: RunLimits;
  /** Annotate and write every article, even those whose output is up to date. */
  force?: boolean;
  /** Aborting it stops the run; its reason should be a Stop. */
  signal?: AbortSignal;
  /** Told after each article is settled, for a progress bar. */
  onProgress?(summary: RunSummary): void;
}

/** Articles the run is done with: written, unchanged or failed. */
export const settled = (s: RunSummary) => s.written + s.unchanged + s.failed.length;

/** File names can hold newlines and terminal escape codes (C0 and C1): printed as escapes. */
export const printable = (name: string) => name.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => {
  const escaped = JSON.stringify(c).slice(1, -1); // "\n"; JSON leaves DEL and C1 as they are
  return escaped !== c ? escaped : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
});

/** Writes under way per slot of the queue (see annotateAndWrite). */
const WRITES_PER_SLOT = 2;

const where = (origin: RawArticle['origin']) => `${origin.file}${origin.line ? `:${origin.line}` : ''}`;

/**
 * Why no later write can succeed either, for a failure that says so: a full disk or quota, a file system
 * that has become read-only or a folder no longer writable, a reader that closed its pipe.
 */
function stoppingFailure(error: unknown, where: string): string | undefined {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  if (['ENOSPC', 'EDQUOT', 'EROFS', 'EACCES', 'EPERM'].includes(code)) return `${writeFailure(error as NodeJS.ErrnoException, 'files')}: cannot write ${where}`;
  if (code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED') return `${where} was closed by its reader`;
  return undefined;
}

export async function runBatch(options: RunOptions): Promise<RunSummary> {
  const { inputs, sink, concurrency, annotator, logger, fingerprint, limits, force = false, onProgress } = options;
  const signal = options.signal ?? new AbortController().signal;
  // The run's own failures abort through the same path as signals.
  const own = new AbortController();
  const abortWith = (stop: Stop) => { if (!own.signal.aborted) own.abort(stop); };
  const stopping = AbortSignal.any([signal, own.signal]);
  const started = process.hrtime.bigint();
  const summary: RunSummary = { read: 0, total: inputs.items, written: 0, unchanged: 0, failed: [], skipped: {}, mentionsByType: {}, words: 0, seconds: 0 };
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

  // Writes run outside the queue's slots: a write waits on the disk (fsync, rename) for
  // milliseconds, and slots held by writes left the annotator without its next article (a
  // worker thread sat idle for 10 to 30% of a run). At most WRITES_PER_SLOT per slot are under way.
  const writes = new Set<Promise<void>>();
  const maxWrites = concurrency * WRITES_PER_SLOT;

  const write = async (raw: RawArticle, annotated: Annotated) => {
    try {
      await sink.write(annotated.id, annotated.json);
    } catch (error) {
      const stop = stoppingFailure(error, sink.where);
      if (stop) {
        // Every later write would fail the same way: stop the run with one message.
        abortWith({ reason: stop });
        return;
      }
      fail(error, raw.origin);
      return;
    }
    summary.written++;
    summary.words += annotated.words;
    for (const [type, n] of Object.entries(annotated.mentionsByType)) summary.mentionsByType[type] = (summary.mentionsByType[type] ?? 0) + n;
    logger.debug({ id: annotated.id, file: where(raw.origin) }, 'article written');
  };

  const annotateAndWrite = async (raw: RawArticle, fp: string | undefined) => {
    let annotated: Annotated;
    try {
      annotated = await annotator.annotate(raw, fp);
    } catch (error) {
      // Stopped by the run (a signal, a full disk): counted as abandoned at the end, not failed.
      if (!(error instanceof Abandoned || stopping.aborted)) fail(error, raw.origin);
      onProgress?.(summary);
      return;
    }
    while (writes.size >= maxWrites) await Promise.race(writes);
    if (stopping.aborted) return; // abandoned: after a full disk no write is started
    const writing: Promise<void> = write(raw, annotated).finally(() => {
      writes.delete(writing);
      onProgress?.(summary);
    });
    writes.add(writing);
  };

  const stopped = new Promise<void>((resolve) => stopping.addEventListener('abort', () => resolve(), { once: true }));
  stopping.addEventListener('abort', () => {
    queue.clear(); // articles read but not started
    void annotator.close(); // articles under way are abandoned, not waited for
  }, { once: true });

  const inputItems = readInputs(inputs, {
    onSkipped: (_file, why) => { summary.skipped[why] = (summary.skipped[why] ?? 0) + 1; },
    maxArticleBytes: limits.maxArticleBytes,
    signal: stopping,
  });
  for await (const item of inputItems) {
    if (stopping.aborted) break;
    summary.read++;
    if (item instanceof ArticleError) {
      fail(item, item.origin);
      continue;
    }
    // An article without a usable id or text gets no fingerprint: ingest refuses it, naming why.
    const fields = articleFields(item.input, item.defaultId);
    let fp: string | undefined;
    if (fields) {
      const bytes = Buffer.byteLength(fields.text, 'utf8');
      if (bytes > limits.maxArticleBytes) {
        fail(new ArticleError(item.origin, `too large: ${bytes} bytes of text, over the limit of ${limits.maxArticleBytes} (limits.maxArticleBytes)`), item.origin);
        continue;
      }
    }
    const idOk = fields !== undefined && articleId.safeParse(fields.id).success;
    if (fields && !idOk && (item.input as { id?: unknown }).id === undefined) {
      // Ids from file names obey the rule ids from JSON do: they become output file names.
      fail(new ArticleError(item.origin, `the file name does not make an id ("${printable(fields.id)}"): ids ${ARTICLE_ID_RULE}; give the article an "id" (in its JSON, or a NAME.meta.json sidecar)`), item.origin);
      continue;
    }
    if (fields && idOk) {
      const earlier = idSources.get(fields.id);
      if (earlier) {
        fail(new ArticleError(item.origin, `duplicate id "${fields.id}": already taken by ${earlier}`), item.origin);
        continue;
      }
      idSources.set(fields.id, where(item.origin));
      fp = articleFingerprint(fields, fingerprint);
      if (!force && (await sink.recorded(fields.id)) === fp) {
        summary.unchanged++;
        onProgress?.(summary);
        continue;
      }
    }
    // Back-pressure: never read far ahead of what is being annotated.
    await Promise.race([queue.onSizeLessThan(concurrency * 2), stopped]);
    if (stopping.aborted) break;
    void queue.add(() => annotateAndWrite(item, fp));
  }
  await queue.onIdle();
  await Promise.all(writes);
  // queue.clear() dropped articles that were read but never started.
  if (stopping.aborted) {
    const stop = (stopping.reason ?? { reason: 'stopped' }) as Stop;
    summary.stopped = { ...stop, abandoned: summary.read - settled(summary) };
  }
  summary.seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return summary;
}
