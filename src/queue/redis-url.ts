// The --queue URL: redis://[USER:PASSWORD@]HOST[:PORT][/DB] or rediss:// for TLS. Parsed once
// into ioredis options; everywhere else (messages, logs) it is shown with the password masked.
import { isIP } from 'node:net';
import type { RedisOptions } from 'ioredis';

export class QueueError extends Error {}

export interface RedisTarget {
  /** The URL as it may be shown: the password replaced by ***. */
  display: string;
  options: RedisOptions;
}

export function parseRedisUrl(raw: string): RedisTarget {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new QueueError(`--queue must be a URL such as redis://HOST:PORT/DB or rediss://…, got "${maskPassword(raw)}"`);
  }
  const display = displayUrl(url);
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') {
    throw new QueueError(`${display}: the queue URL must start with redis:// or rediss:// (TLS)`);
  }
  if (!url.hostname) throw new QueueError(`${display}: the queue URL names no host`);
  if (url.search || url.hash) throw new QueueError(`${display}: the queue URL takes no ?query or #fragment`);
  const dbPath = url.pathname.replace(/^\//, '');
  if (dbPath !== '' && !/^\d+$/.test(dbPath)) throw new QueueError(`${display}: the database after the host must be a number, got "${dbPath}"`);
  const port = url.port ? Number(url.port) : 6379;
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  return {
    display,
    options: {
      host,
      port,
      db: dbPath ? Number(dbPath) : 0,
      ...(url.username && { username: decodeURIComponent(url.username) }),
      ...(url.password && { password: decodeURIComponent(url.password) }),
      // TLS checks the certificate against the host; a name (not an address) also goes as SNI.
      ...(url.protocol === 'rediss:' && { tls: isIP(host) ? {} : { servername: host } }),
    },
  };
}

function displayUrl(url: URL): string {
  const shown = new URL(url.href);
  if (shown.password) shown.password = '***';
  return shown.href.replace(/\/$/, '');
}

/** For a string that is not even a URL: hide whatever sits between "//user:" and "@". */
function maskPassword(raw: string): string {
  return raw.replace(/(\/\/[^/:@]*:)[^@/]*@/, '$1***@');
}
