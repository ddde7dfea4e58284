// Reaching Redis: a first probe that fails within seconds with the URL (password masked) and the
// reason, instead of ioredis's silent retrying; then the options every BullMQ object of a
// process connects with, which reconnect on their own when Redis restarts.
import type { ConnectionOptions } from 'bullmq';
import { Redis } from 'ioredis';
import { QueueError, type RedisTarget } from './redis-url.js';

/** How long the first connection may take before the command gives up. */
const CONNECT_TIMEOUT_MS = 3000;

/** Connects once, checks the server answers, and closes; throws a QueueError naming the URL. */
export async function probeRedis(target: RedisTarget): Promise<void> {
  const probe = new Redis({
    ...target.options,
    lazyConnect: true,
    connectTimeout: CONNECT_TIMEOUT_MS,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
  });
  // The socket's own error says more ("connect ECONNREFUSED 10.0.0.5:6379") than the
  // "Connection is closed." that connect() then rejects with.
  let socketError: unknown;
  probe.on('error', (error) => { socketError ??= error; });
  let timer: NodeJS.Timeout | undefined;
  // A server that accepts the connection and then says nothing must not hang the command either.
  const silence = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('connect ETIMEDOUT')), CONNECT_TIMEOUT_MS);
  });
  try {
    await Promise.race([probe.connect().then(() => probe.ping()), silence]);
  } catch (error) {
    throw new QueueError(`cannot reach Redis at ${target.display}: ${describe(socketError ?? error)}`);
  } finally {
    clearTimeout(timer);
    probe.disconnect();
  }
}

/** Options for BullMQ's own connections: reconnect quickly after a Redis restart, forever. */
export function bullConnection(target: RedisTarget): ConnectionOptions {
  return {
    ...target.options,
    connectTimeout: CONNECT_TIMEOUT_MS,
    maxRetriesPerRequest: null,
    retryStrategy: (times: number) => Math.min(250 * times, 2000),
  };
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // ioredis says "connect ETIMEDOUT" for a host that never answers; say what it means.
  return message === 'connect ETIMEDOUT' ? `no answer within ${CONNECT_TIMEOUT_MS / 1000} s` : message;
}

/**
 * Watches a connection: `onLost` once it has been unusable for `patienceMs` (a Redis restart
 * usually takes less), `onBack` when it answers again. Pings rather than trusting events,
 * since a connection can hang without closing.
 */
export function watchRedis(
  target: RedisTarget,
  { patienceMs, onDown, onLost, onBack }: { patienceMs: number; onDown?: () => void; onLost?: (reason: string) => void; onBack?: () => void },
): { stop(): void } {
  const client = new Redis({ ...target.options, connectTimeout: CONNECT_TIMEOUT_MS, commandTimeout: CONNECT_TIMEOUT_MS, maxRetriesPerRequest: 0, retryStrategy: () => 500, enableOfflineQueue: false });
  let lastError = '';
  client.on('error', (error) => { lastError = describe(error); });
  let downSince: number | undefined;
  let reported = false;
  const timer = setInterval(() => {
    client.ping().then(
      () => {
        if (downSince !== undefined) onBack?.();
        downSince = undefined;
        reported = false;
      },
      (error: unknown) => {
        lastError = describe(error);
        if (downSince === undefined) { downSince = Date.now(); onDown?.(); }
        if (!reported && Date.now() - downSince >= patienceMs) {
          reported = true;
          onLost?.(`lost Redis at ${target.display} for ${Math.round((Date.now() - downSince) / 1000)} s: ${lastError}`);
        }
      },
    );
  }, 1000);
  timer.unref();
  return { stop: () => { clearInterval(timer); client.disconnect(); } };
}

