// Redis gone for good mid-run: after 30 s without it the run stops as on Ctrl-C, with its
// summary and the reason, and exit code 1 (the same command finishes it later).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articlesQueue, articleText, gazette, tempDir, useRedis, waitFor } from './harness.js';

const redis = useRedis();

describe('a run whose Redis goes away', () => {
  it('stops with its summary and the reason once Redis has been gone 30 s', async () => {
    const inputs = tempDir('lost');
    for (let i = 0; i < 5; i++) writeFileSync(path.join(inputs, `l${i}.txt`), articleText(i, 2));
    // No worker: the articles wait in the queue when Redis goes.
    const run = gazette(['run', inputs, '--out', tempDir('lost-out'), '--queue', redis.url]);
    const queue = articlesQueue(redis.url);
    await waitFor(async () => (await queue.getWaitingCount()) === 5, 'five waiting articles');
    await queue.close();
    await redis.server.stop();
    const finished = await run.done;
    expect(finished.code).toBe(1);
    expect(finished.stdout).toContain('gazette: 5 read, 0 written, 0 unchanged, 0 failed');
    expect(finished.stdout).toMatch(new RegExp(`stopped: lost Redis at ${redis.url} for 3\\d s: .*; 5 articles read but not finished`));
  }, 90_000);
});
