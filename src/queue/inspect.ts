// What `gazette queue` shows and does: counts, workers and failure reasons of the articles
// queue; dropping what is left; listing and retrying failed articles.
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { bullConnection, probeRedis } from './connection.js';
import { ARTICLES, PREFIX, describeFailure, type ArticleJob, type ResultJob } from './jobs.js';
import type { RedisTarget } from './redis-url.js';

export interface FailedArticle {
  id: string;
  /** Where the article was read, on the submitter's machine. */
  where: string;
  reason: string;
  attempts: number;
  worker?: string;
}

export interface QueueStatus {
  waiting: number;
  active: number;
  delayed: number;
  failed: number;
  /** Articles done since the queue was first used. */
  done: number;
  workers: string[];
  /** Results not yet collected by the runs they belong to, by results queue. */
  uncollected: Record<string, number>;
  /** The failure reasons, most frequent first. */
  reasons: [string, number][];
}

export async function openQueue<T>(target: RedisTarget, action: (articles: Queue<ArticleJob>) => Promise<T>): Promise<T> {
  await probeRedis(target);
  const articles = new Queue<ArticleJob>(ARTICLES, { connection: bullConnection(target), prefix: PREFIX });
  articles.on('error', () => {}); // the calls below carry any error
  try {
    return await action(articles);
  } finally {
    await articles.close();
  }
}

export async function queueStatus(target: RedisTarget, articles: Queue<ArticleJob>): Promise<QueueStatus> {
  const counts = await articles.getJobCounts('waiting', 'active', 'delayed', 'failed', 'prioritized');
  const failed = await listFailed(articles);
  const reasons = new Map<string, number>();
  for (const f of failed) reasons.set(f.reason, (reasons.get(f.reason) ?? 0) + 1);
  const uncollected: Record<string, number> = {};
  for (const name of await resultsQueues(target)) {
    const results = new Queue<ResultJob>(name, { connection: bullConnection(target), prefix: PREFIX });
    const n = await results.count();
    await results.close();
    if (n) uncollected[name] = n;
  }
  return {
    waiting: counts.waiting + counts.prioritized,
    active: counts.active,
    delayed: counts.delayed,
    failed: counts.failed,
    done: (await articles.getMetrics('completed', 0, 0)).meta.count,
    // BullMQ names a worker's connection PREFIX:QUEUE:w:NAME.
    workers: (await articles.getWorkers()).map((w) => `${(w.rawname ?? '').split(':w:')[1] ?? w.name} (${w.addr})`),
    uncollected,
    reasons: [...reasons].sort((a, b) => b[1] - a[1]),
  };
}

export async function listFailed(articles: Queue<ArticleJob>): Promise<FailedArticle[]> {
  return (await articles.getFailed(0, -1)).map((job) => ({
    id: job.id!,
    where: `${job.data.raw.origin.file}${job.data.raw.origin.line ? `:${job.data.raw.origin.line}` : ''}`,
    reason: describeFailure(job.failedReason),
    attempts: job.attemptsMade,
    ...(job.processedBy && { worker: job.processedBy }),
  }));
}

/** Puts failed articles back in the queue; the run that submitted them collects the results. */
export async function retryFailed(articles: Queue<ArticleJob>): Promise<number> {
  const failed = await articles.getFailed(0, -1);
  for (const job of failed) await job.retry('failed');
  return failed.length;
}

/** Drops waiting, delayed and failed articles and uncollected results; articles in hand finish. */
export async function drainQueue(target: RedisTarget, articles: Queue<ArticleJob>): Promise<{ dropped: number; failed: number; results: number; active: number }> {
  const before = await articles.getJobCounts('waiting', 'delayed', 'prioritized', 'active');
  await articles.drain(true);
  const failed = (await articles.clean(0, 0, 'failed')).length;
  let results = 0;
  for (const name of await resultsQueues(target)) {
    const queue = new Queue<ResultJob>(name, { connection: bullConnection(target), prefix: PREFIX });
    results += await queue.count();
    await queue.obliterate({ force: true });
    await queue.close();
  }
  return { dropped: before.waiting + before.delayed + before.prioritized, failed, results, active: before.active };
}

/** The results queues of all runs, found by their keys. */
async function resultsQueues(target: RedisTarget): Promise<string[]> {
  const redis = new Redis({ ...target.options, lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    const names = new Set<string>();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${PREFIX}:results-*`, 'COUNT', 1000);
      cursor = next;
      for (const key of keys) names.add(key.split(':')[1]);
    } while (cursor !== '0');
    return [...names].sort();
  } finally {
    redis.disconnect();
  }
}
