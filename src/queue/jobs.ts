// What travels through Redis. A submitter adds one job per article to the "articles" queue; a
// worker annotates it and adds the result to the submitter's own results queue, under the same
// job id. Completed jobs are removed at once and failed ones are capped, so that no article
// body stays in Redis after a run (failed ones are kept, up to the cap, to be retried).
import { createHash } from 'node:crypto';
import type { JobsOptions } from 'bullmq';
import type { Annotated } from '../runner/annotator.js';
import type { RawArticle } from '../runner/inputs.js';
import type { Setup } from './fingerprint.js';

/** Articles in flight at once in a distributed run (the runner's concurrency), by default. */
export const QUEUE_CONCURRENCY = 64;

/** Every key gazette makes in Redis starts with this. */
export const PREFIX = 'gazette';
export const ARTICLES = 'articles';

export interface ArticleJob {
  raw: RawArticle;
  /** The article's fingerprint, recorded in its output (none when ingest will refuse the article). */
  fingerprint?: string;
  /** The submitter's setup: a worker with another one refuses the job. */
  setup: Setup;
  /** The results queue of the run that submitted it. */
  replyTo: string;
}

/**
 * What a worker sends back: the annotated article, or why it failed for good. Once the run has
 * it, the result is cut down to a stub that keeps its id (see resultJobOptions).
 */
export type ResultJob = { ok: true; result: Annotated } | { ok: false; reason: string } | { ok: 'collected' };

/** Tries of an article before it is failed; a bad article (an ArticleError) is failed at once. */
export const ATTEMPTS = 3;
/** Failed jobs kept for `gazette queue failed`, at most, and for at most a week. */
export const FAILED_KEPT = 1000;

export const articleJobOptions: JobsOptions = {
  attempts: ATTEMPTS,
  backoff: { type: 'fixed', delay: 1000 },
  removeOnComplete: true,
  removeOnFail: { count: FAILED_KEPT, age: 7 * 24 * 3600 },
};

/** How long the stub of a collected result keeps its id. */
const COLLECTED_KEPT_SECONDS = 24 * 3600;

/**
 * A collected result (not a failure) stays as a stub a while: a worker killed between sending a
 * result and completing its job has that job taken up again by another, whose second result for
 * the same id must not be added (BullMQ adds no job under an id it still holds), or it would sit
 * in Redis, article and all, with no run to collect it.
 */
export const resultJobOptions: JobsOptions = { removeOnComplete: { age: COLLECTED_KEPT_SECONDS }, removeOnFail: true };

/**
 * The results queue of a run: one per output destination on one machine, so that a submitter
 * restarted with the same command collects the results that arrived while it was away.
 */
export function resultsQueueName(host: string, destination: string): string {
  return `results-${createHash('sha256').update(`${host}\0${destination}`).digest('hex').slice(0, 12)}`;
}

/**
 * A job's id: the article's fingerprint (its fields and text, and the run's code, config, model
 * and registry), then the run's results queue. Submitting an article again while its job waits
 * is a no-op, and two runs into different destinations each get their own result. An article
 * without a fingerprint (one ingest will refuse) is named by a digest of its raw input.
 */
export function articleJobId(raw: RawArticle, fingerprint: string | undefined, setup: Setup, replyTo: string): string {
  const article = fingerprint ?? createHash('sha256').update(JSON.stringify([raw.input, raw.defaultId, setup])).digest('hex');
  return `${article.slice(0, 32)}.${replyTo.replace(/^results-/, '')}`;
}

/** BullMQ's words for a job whose worker died on it too often, said for a user. */
export function describeFailure(reason: string): string {
  return reason === 'job stalled more than allowable limit'
    ? 'the workers annotating it died (killed, out of memory or crashed) every time it was tried; given up'
    : reason;
}
