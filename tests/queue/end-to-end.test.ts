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
    let victim: WorkerProcess | undefined;
    await waitFor(async () => {
      const active = await queue.getJobs(['active']);
      victim = workers.find((w) => active.some((job) => job.processedBy === w.name));
      return victim !== undefined;
    }, 'a worker holding an article', 20_000);
    // Frozen first, so that what it holds can be read before it dies holding it.
    victim!.child.kill('SIGSTOP');
    const held = (await queue.getJobs(['active'])).filter((job) => job.processedBy === victim!.name).map((job) => job.id!);
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

    // The killed worker's articles were taken up by the others (BullMQ's stalled-job check).
    const client = new Redis(redis.url);
    const events = await client.xrange('gazette:articles:events', '-', '+');
    const stalled = new Set(events.filter(([, f]) => f[1] === 'stalled').map(([, f]) => f[3]));
    expect(held.length).toBeGreaterThan(0);
    for (const id of held) expect(stalled.has(id), `job ${id} of the killed worker`).toBe(true);
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
