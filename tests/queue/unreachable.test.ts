// Redis down or silent: every queue command stops with the URL (password masked) and the reason,
// exit code 1, instead of hanging (the test's own time-out is the bound; nothing here times it).
import { createServer, type Socket } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../src/scripts/local-redis.js';
import { gazette, tempDir } from './harness.js';

describe('a queue that cannot be reached', () => {
  it('stops run, worker and queue status with the URL and the reason, never the password', async () => {
    const port = await freePort();
    const url = `redis://gazette:hunter2@127.0.0.1:${port}/3`;
    const shown = `redis://gazette:***@127.0.0.1:${port}/3`;
    for (const args of [['run', 'corpus', '--out', tempDir('down'), '--queue', url], ['worker', '--queue', url], ['queue', 'status', '--queue', url]]) {
      const result = await gazette(args).done;
      expect(result.code, args[0]).toBe(1);
      expect(result.stderr).toContain(`gazette: cannot reach Redis at ${shown}: connect ECONNREFUSED`);
      expect(result.stdout + result.stderr).not.toContain('hunter2');
    }
  }, 30_000);

  const sockets: Socket[] = [];
  const silent = createServer((socket) => { sockets.push(socket); });
  afterAll(() => { for (const s of sockets) s.destroy(); silent.close(); });

  it('gives up on a server that accepts the connection and never answers', async () => {
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as { port: number };
    const result = await gazette(['queue', 'status', '--queue', `redis://127.0.0.1:${port}`]).done;
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`gazette: cannot reach Redis at redis://127.0.0.1:${port}: no answer within 3 s`);
  }, 30_000);
});
