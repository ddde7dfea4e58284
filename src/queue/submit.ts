// The submitting side of a distributed run: an Annotator, like the local ones, so that the
// runner reads inputs, writes outputs, counts and reports exactly as in a local run. Each
// article becomes a job; its result comes back through this run's results queue.
import { hostname } from 'node:os';
import path from 'node:path';
import { Queue, Worker, type Job } from 'bullmq';
import type { Logger } from '../log.js';
import { Abandoned, type Annotated, type Annotator } from '../runner/annotator.js';
import type { RunFingerprint } from '../runner/fingerprint.js';
import type { RawArticle } from '../runner/inputs.js';
import { ArticleError } from '../stages/ingest.js';
import { bullConnection, probeRedis, watchRedis } from './connection.js';
import { setupOf } from './fingerprint.js';
import { ARTICLES, PREFIX, articleJobId, describeFailure, articleJobOptions, resultJobOptions, resultsQueueName, type ArticleJob, type ResultJob } from './jobs.js';
import { parseRedisUrl } from './redis-url.js';

/** How long Redis may be unreachable mid-run before the run gives up on it. */
const REDIS_PATIENCE_MS = 30_000;
/** How often the run checks that the jobs it waits for are still in the queue. */
const CHECK_EVERY_MS = 5_000;
/** How long the results a run holds stay locked to it should it die. */
const COLLECTOR_LOCK_MS = 5_000;
const STUB_LEFT = 'the stub of a result taken by a run that stopped';
/** Results that came back before the run asked for them (from an earlier, interrupted run), kept at most. */
const EARLY_KEPT = 10_000;

interface Waiter {
  raw: RawArticle;
  /** The job as submitted. */
  job: ArticleJob;
  resolve(result: Annotated): void;
  reject(error: Error): void;
}

export async function queueAnnotator({ url, fingerprint, destination, pretty = false, logger, onLost }: {
  url: string;
  fingerprint: RunFingerprint;
  /** The run's --out: one results queue per destination and machine. */
  destination: string;
  /** Indented JSON (--pretty): workers send compact JSON, indented here as a local run would. */
  pretty?: boolean;
  logger: Logger;
  /** Redis has been out of reach for too long: the run should stop, for this reason. */
  onLost(reason: string): void;
}): Promise<Annotator> {
  const target = parseRedisUrl(url);
  await probeRedis(target);
  const setup = setupOf(fingerprint);
  const replyTo = resultsQueueName(hostname(), path.resolve(destination));
  const connection = bullConnection(target);
  const articles = new Queue<ArticleJob>(ARTICLES, { connection, prefix: PREFIX, defaultJobOptions: articleJobOptions });
  const results = new Queue<ResultJob>(replyTo, { connection, prefix: PREFIX, defaultJobOptions: resultJobOptions });
  const connectionError = (error: Error) => logger.warn({ queue: target.display, err: error.message }, 'Redis connection error');
  articles.on('error', connectionError);
  results.on('error', connectionError);

  // JSON.parse and stringify give back the very string a local run indents (numbers, strings
  // and key order all survive the round trip).
  const shape = (result: Annotated): Annotated => (pretty ? { ...result, json: `${JSON.stringify(JSON.parse(result.json), null, 1)}\n` } : result);
  /** Who waits for each job id (an article listed twice waits twice). */
  const waiting = new Map<string, Waiter[]>();
  const early = new Map<string, Annotated>();
  let broken: Error | undefined;

  const settle = (id: string, outcome: { result: Annotated } | { reason: string }) => {
    const waiters = waiting.get(id);
    waiting.delete(id);
    for (const w of waiters ?? []) {
      if ('result' in outcome) w.resolve(shape(outcome.result));
      else w.reject(new ArticleError(w.raw.origin, describeFailure(outcome.reason)));
    }
    return waiters !== undefined;
  };

  await Promise.all([articles.waitUntilReady(), results.waitUntilReady()]);
  // Results an earlier run of the same command left uncollected: their articles are not
  // submitted again, their results are on their way.
  const leftBehind = new Set(await results.getRanges(['wait', 'active', 'delayed', 'prioritized'], 0, -1));

  /**
   * Queues an article (a no-op while its job is in the queue); with `retry`, one known to have
   * failed in an earlier run of the command is retried at once (otherwise the look below does).
   */
  const submit = async (id: string, data: ArticleJob, retry = false) => {
    // The stub of this article's result in an earlier run (--force, or its output removed)
    // would keep the new result out.
    if ((await results.getJobState(id)) === 'completed') await results.remove(id);
    await articles.add('article', data, { jobId: id });
    if (retry && (await articles.getJobState(id)) === 'failed') await (await articles.getJob(id))?.retry('failed');
  };

  const collector = new Worker<ResultJob>(replyTo, async (job: Job<ResultJob>) => {
    const data = job.data;
    if (data.ok === 'collected') {
      // The stub of a result an earlier run took, stopped before it completed it: the result is
      // gone. The stub is failed (which removes it) and the article queued again.
      leftBehind.delete(job.id!);
      throw new Error(STUB_LEFT);
    }
    if (!data.ok) {
      // A failure an earlier run of the same command left behind: retried, not reported.
      if (leftBehind.delete(job.id!)) {
        const waiter = waiting.get(job.id!)?.[0];
        if (waiter) await submit(job.id!, waiter.job, true);
      } else settle(job.id!, { reason: data.reason });
      return;
    }
    // A result nobody waits for yet is from an earlier run of the same command, for an article
    // this run has not read yet.
    // The article leaves Redis here; its job's id stays a while (see resultJobOptions).
    await job.updateData({ ok: 'collected' });
    if (!settle(job.id!, { result: data.result }) && early.size < EARLY_KEPT) early.set(job.id!, data.result);
  }, {
    connection,
    prefix: PREFIX,
    concurrency: 16,
    // Results a killed run had in hand come back to the next run of the command within seconds.
    lockDuration: COLLECTOR_LOCK_MS,
    stalledInterval: COLLECTOR_LOCK_MS,
  });
  collector.on('error', connectionError);
  collector.on('failed', (job) => {
    const waiter = job?.data.ok === 'collected' ? waiting.get(job.id!)?.[0] : undefined;
    if (waiter) submit(job!.id!, waiter.job).catch(connectionError);
  });

  // A job can end without a word to this run: failed before this run submitted it again (then
  // it is retried: running the same command again is how failures are retried), failed by a
  // worker that died before saying so, dropped by `gazette queue drain`, or lost with Redis's
  // data. Look now and then; a job gone twice in a row with no result waiting is reported.
  const missing = new Set<string>();
  const retried = new Set<string>();
  const check = setInterval(() => {
    void Promise.all([...waiting.keys()].map(async (id) => {
      const state = await articles.getJobState(id);
      if (state === 'failed' && (await results.getJobState(id)) === 'unknown') {
        // Failed with no word to this run: most likely before it (retried once), else reported.
        const job = await articles.getJob(id);
        if (job && !retried.has(id)) {
          retried.add(id);
          await job.retry('failed');
        } else settle(id, { reason: job?.failedReason || 'failed' });
      } else if (state === 'unknown' && (await results.getJobState(id)) === 'unknown') {
        if (missing.has(id)) settle(id, { reason: 'its job left the queue without a result (gazette queue drain, or Redis lost its data)' });
        else missing.add(id);
        return;
      }
      missing.delete(id);
    })).catch(() => {}); // Redis away: the watch below reports it
  }, CHECK_EVERY_MS);

  const watch = watchRedis(target, {
    patienceMs: REDIS_PATIENCE_MS,
    onDown: () => logger.warn({ queue: target.display }, 'Redis does not answer; waiting for it'),
    onBack: () => logger.warn({ queue: target.display }, 'Redis answers again'),
    onLost: (reason) => {
      broken = new Abandoned(reason);
      onLost(reason);
    },
  });

  return {
    annotate(raw, articleFingerprint) {
      if (broken) return Promise.reject(broken);
      const id = articleJobId(raw, articleFingerprint, setup, replyTo);
      const ready = early.get(id);
      if (ready) {
        early.delete(id);
        return Promise.resolve(shape(ready));
      }
      return new Promise<Annotated>((resolve, reject) => {
        const waiters = waiting.get(id);
        const waiter = { raw, job: { raw, ...(articleFingerprint && { fingerprint: articleFingerprint }), setup, replyTo }, resolve, reject };
        if (waiters) { waiters.push(waiter); return; }
        waiting.set(id, [waiter]);
        if (leftBehind.delete(id)) return;
        submit(id, waiter.job).catch((error: unknown) => {
          if (waiting.get(id)?.includes(waiter)) settle(id, { reason: `could not queue it: ${error instanceof Error ? error.message : String(error)}` });
        });
      });
    },
    async close() {
      clearInterval(check);
      // Articles under way are abandoned; their results wait in Redis for the next run of the command.
      for (const [id, waiters] of waiting) {
        waiting.delete(id);
        for (const w of waiters) w.reject(new Abandoned('the run stopped before its result came back'));
      }
      watch.stop();
      if (broken) {
        // Redis is gone: closing politely would wait for it forever. Drop the connections (which
        // stops their reconnecting at once) and wait a moment at most for them to say so.
        const dropped = Promise.allSettled([collector.close(true), collector.disconnect(), articles.disconnect(), results.disconnect()]);
        await Promise.race([dropped, new Promise((resolve) => setTimeout(resolve, 1000).unref())]);
        return;
      }
      await collector.close();
      await Promise.all([articles.close(), results.close()]);
    },
  };
}
