// A throwaway redis-server for the tests and the queue benchmark: on a free 127.0.0.1 port,
// with its own data folder (append-only file on, so that a restart keeps the queue), stopped
// and removed afterwards. Needs redis-server on the PATH (.ci/run installs it).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface LocalRedis {
  url: string;
  port: number;
  /** The server's process id while it runs. */
  readonly pid: number | undefined;
  /** Stops the server (SIGTERM: it writes its data first); `start` brings it back on the same port and data. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops it and removes its data folder. */
  remove(): Promise<void>;
}

export async function startLocalRedis(extraArgs: string[] = []): Promise<LocalRedis> {
  const dir = mkdtempSync(path.join(tmpdir(), 'gazette-redis-'));
  const port = await freePort();
  let server: ChildProcess | undefined;
  const start = async () => {
    const child = spawn('redis-server', [
      '--port', String(port), '--bind', '127.0.0.1', '--dir', dir,
      '--save', '', '--appendonly', 'yes', '--appendfsync', 'always', '--daemonize', 'no',
      ...extraArgs,
    ], { stdio: ['ignore', 'pipe', 'pipe'] });
    server = child;
    let log = '';
    await new Promise<void>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        log += chunk.toString();
        if (log.includes('Ready to accept connections')) { child.stdout!.off('data', onData); resolve(); }
      };
      child.stdout!.on('data', onData);
      child.on('error', (error) => reject(new Error(`cannot start redis-server: ${error.message} (install it: apt-get install redis-server)`)));
      child.on('exit', (code) => reject(new Error(`redis-server exited with ${code}: ${log.trim().split('\n').slice(-3).join(' / ')}`)));
    });
    child.stdout!.resume();
    child.stderr!.resume();
  };
  const stop = async () => {
    const child = server;
    server = undefined;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => { child.once('exit', () => resolve()); child.kill('SIGTERM'); });
  };
  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    get pid() { return server?.pid; },
    stop,
    start,
    async remove() {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });
}
