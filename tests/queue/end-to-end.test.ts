// The distributed run end to end: a real redis-server, three real `gazette worker` processes, a
// run of a few hundred articles; one worker is killed with kill -9 while it holds articles and a
// new one joins. The outputs must be those of a local run, byte for byte, none missing, none twice.
import { afterAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { articlesQueue, gazette, readOutputs, startWorker, tempDir, useRedis, waitFor, writeCorpus, type WorkerProcess } from './harness.js';
import { readdirSync } from 'node:fs';

const ARTICLES = 300;
const redis = useRedis();
const workers: WorkerProcess[] = [];
afterAll(() => { for (const w of workers) w.child.kill('SIGKILL'); });

describe('gazette run --queue with three workers, one killed mid-run', () => {
  it('writes exactly what a local run writes, and leaves no article in Redis', async () => {
    const corpus = tempDir('e2e-corpus');
    writeCorpus(corpus, ARTICLES);
    const local = tempDir('e2e-local');
    const distributed = tempDir('e2e-queue');

    const localRun = await gazette(['run', corpus, '--out', local]).done;
    expect(localRun.code, localRun.stderr).toBe(0);

    workers.push(...await Promise.all(['w1', 'w2', 'w3'].map((name) => startWorker(redis.url, name))));
    // A small window of articles in flight keeps the run going long enough to kill a worker mid-way.
    const run = gazette(['run', corpus, '--out', distributed, '--queue', redis.url, '--concurrency', '6']);

    const queue = articlesQueue(redis.url);
    const written = () => readdirSync(distributed).filter((f) => f.endsWith('.json')).length;
    await waitFor(() => written() >= ARTICLES / 5, 'a fifth of the outputs');
    // The victim is a worker holding an article right now.
    // A worker frozen while it holds articles (frozen first, so that what it holds can be read
    // before it dies holding it; one that holds nothing once frozen is let go on).
    let victim: WorkerProcess | undefined;
    let held: string[] = [];
    await waitFor(async () => {
      const active = await queue.getJobs(['active']);
      const candidate = workers.find((w) => active.some((job) => job.processedBy === w.name));
      if (!candidate) return false;
      candidate.child.kill('SIGSTOP');
      // A completion the worker had already sent before it stopped can still reach Redis; give it
      // time to land (well inside the 2 s lock), so that what reads as held is really held.
      await new Promise((resolve) => setTimeout(resolve, 300));
      held = (await queue.getJobs(['active'])).filter((job) => job.processedBy === candidate.name).map((job) => job.id!);
      if (held.length) victim = candidate;
      else candidate.child.kill('SIGCONT');
      return victim !== undefined;
    }, 'a worker holding an article', 30_000);
    victim!.child.kill('SIGKILL');
    expect((await victim!.done).signal).toBe('SIGKILL');
    expect(written()).toBeLessThan(ARTICLES);
    workers.push(await startWorker(redis.url, 'w4'));

    const finished = await run.done;
    expect(finished.code, finished.stderr).toBe(0);
    expect(finished.stdout).toContain(`gazette: ${ARTICLES} read, ${ARTICLES} written, 0 unchanged, 0 failed in`);
    const expected = readOutputs(local);
    const actual = readOutputs(distributed);
    expect([...actual.keys()]).toEqual([...expected.keys()]);
    expect(actual.size).toBe(ARTICLES);
    for (const [file, bytes] of expected) expect(actual.get(file)!.equals(bytes), file).toBe(true);

    // The killed worker's articles were taken up by the others (BullMQ's stalled-job check),
    // even one whose result it had sent just before it died: the run has that one already, and
    // the second result for it is not added.
    await waitFor(async () => {
      const counts = await queue.getJobCounts('active', 'waiting', 'delayed');
      return counts.active + counts.waiting + counts.delayed === 0;
    }, 'the others to take up what the killed worker held', 30_000);
    const client = new Redis(redis.url);
    const events = await client.xrange('gazette:articles:events', '-', '+');
    const stalled = new Set(events.filter(([, f]) => f[1] === 'stalled').map(([, f]) => f[3]));
    expect(held.length).toBeGreaterThan(0);
    expect(held.filter((id) => !stalled.has(id)), `jobs of the killed worker not taken up: of ${held.join(', ')}`).toEqual([]);
    await queue.close();

    // No article text is left anywhere in Redis.
    const keys = await client.keys('*');
    for (const key of keys) {
      const type = await client.type(key);
      const dump = type === 'string' ? await client.get(key)
        : type === 'hash' ? JSON.stringify(await client.hgetall(key))
          : type === 'list' ? JSON.stringify(await client.lrange(key, 0, -1))
            : type === 'zset' ? JSON.stringify(await client.zrange(key, 0, -1))
              : type === 'set' ? JSON.stringify(await client.smembers(key))
                : JSON.stringify(await client.xrange(key, '-', '+'));
      expect(dump, key).not.toContain('people had come');
    }
    client.disconnect();
  }, 120_000);
});
