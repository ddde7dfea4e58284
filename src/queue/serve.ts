// The working side of a distributed run: takes article jobs from the queue, checks that the
// submitter's pipeline fingerprint is its own, annotates with the same Annotator a local run
// uses, and sends the result to the submitter's results queue. Jobs of a worker that dies
// (kill -9, a lost machine) are taken up by the others once its lock runs out (BullMQ's
// stalled-job check).
import { MetricsTime, Queue, UnrecoverableError, Worker, type Job } from 'bullmq';
import type { Logger } from '../log.js';
import type { Annotator } from '../runner/annotator.js';
import { ArticleError } from '../stages/ingest.js';
import { bullConnection, probeRedis, watchRedis } from './connection.js';
import { setupMismatch, type Setup } from './fingerprint.js';
import { ARTICLES, PREFIX, resultJobOptions, type ArticleJob, type ResultJob } from './jobs.js';
import type { RedisTarget } from './redis-url.js';

/** Times a job may be found abandoned (its worker died) before it is failed as a poison article. */
const STALLS_ALLOWED = 2;

export interface ServeOptions {
  target: RedisTarget;
  annotator: Annotator;
  setup: Setup;
  name: string;
  concurrency: number;
  /** How long a job stays with a worker that stopped answering before others take it. */
  lockMs: number;
  logger: Logger;
}

export interface Serving {
  counts: { done: number; failed: number };
  /** Stops taking jobs and lets those in hand finish; with `force`, leaves them to the others. */
  stop(force?: boolean): Promise<void>;
}

export async function serveQueue({ target, annotator, setup, name, concurrency, lockMs, logger }: ServeOptions): Promise<Serving> {
  await probeRedis(target);
  const connection = bullConnection(target);
  const counts = { done: 0, failed: 0 };
  const replies = new Map<string, Queue<ResultJob>>();
  const replyQueue = (queueName: string) => {
    let queue = replies.get(queueName);
    if (!queue) {
      queue = new Queue<ResultJob>(queueName, { connection, prefix: PREFIX, defaultJobOptions: resultJobOptions });
      queue.on('error', connectionError);
      replies.set(queueName, queue);
    }
    return queue;
  };
  const connectionError = (error: Error) => logger.warn({ worker: name, queue: target.display, err: error.message }, 'Redis connection error');

  const annotate = async (job: Job<ArticleJob>) => {
    if (!job.data.setup || !job.data.raw) throw new UnrecoverableError(`worker ${name} refused it: the job was queued by another version of gazette`);
    const { raw, fingerprint, setup: wanted, replyTo } = job.data;
    const mismatch = setupMismatch(setup, wanted);
    // Never write a result of another setup: refuse, for good, and say why.
    if (mismatch) throw new UnrecoverableError(`worker ${name} refused it: ${mismatch}`);
    let result;
    try {
      result = await annotator.annotate(raw, fingerprint);
    } catch (error) {
      // A bad article is bad on every worker: no retry. Anything else may be this worker's trouble.
      if (error instanceof ArticleError) throw new UnrecoverableError(error.reason);
      throw error;
    }
    await replyQueue(replyTo).add('result', { ok: true, result }, { jobId: job.id });
  };

  const worker = new Worker<ArticleJob>(ARTICLES, annotate, {
    connection,
    prefix: PREFIX,
    name,
    concurrency,
    lockDuration: lockMs,
    stalledInterval: lockMs,
    maxStalledCount: STALLS_ALLOWED,
    // Counts of articles done, per minute, for `gazette queue status`.
    metrics: { maxDataPoints: MetricsTime.ONE_WEEK },
    autorun: false,
  });
  worker.on('error', connectionError);
  worker.on('completed', () => { counts.done++; });
  worker.on('failed', (job, error) => {
    if (!job) return;
    // Tell the run once the article has failed for good (a worker dying here is covered by the
    // run's own look at the queue).
    if (error.name !== 'UnrecoverableError' && job.attemptsMade < (job.opts.attempts ?? 1)) return;
    counts.failed++;
    logger.warn({ worker: name, job: job.id, file: job.data.raw.origin.file, err: error.message }, 'article failed');
    // No stub is kept of a failure: the article's next try must be able to answer.
    replyQueue(job.data.replyTo).add('result', { ok: false, reason: error.message }, { jobId: job.id, removeOnComplete: true }).catch(connectionError);
  });
  const watch = watchRedis(target, {
    patienceMs: 5000,
    onLost: (reason) => logger.error({ worker: name }, `${reason}; still trying`),
    onBack: () => logger.warn({ worker: name, queue: target.display }, 'Redis answers again'),
  });
  void worker.run();
  await worker.waitUntilReady();

  return {
    counts,
    async stop(force = false) {
      watch.stop();
      await worker.close(force);
      await Promise.all([...replies.values()].map((q) => q.close()));
    },
  };
}
