import { describe, expect, it } from 'vitest';
import { parseRedisUrl } from '../../src/queue/redis-url.js';

describe('the --queue URL', () => {
  it('gives host, port, database and credentials to ioredis, and shows the password masked', () => {
    const target = parseRedisUrl('redis://alice:s3cr%40t@queue.example.org:6390/2');
    expect(target.options).toMatchObject({ host: 'queue.example.org', port: 6390, db: 2, username: 'alice', password: 's3cr@t' });
    expect(target.options.tls).toBeUndefined();
    expect(target.display).toBe('redis://alice:***@queue.example.org:6390/2');
  });

  it('turns on TLS for rediss://, with the default port and database', () => {
    const target = parseRedisUrl('rediss://:pw@cache.internal');
    expect(target.options).toMatchObject({ host: 'cache.internal', port: 6379, db: 0, password: 'pw', tls: { servername: 'cache.internal' } });
    expect(target.display).toBe('rediss://:***@cache.internal');
  });

  it('refuses what it cannot use, naming the URL without its password', () => {
    expect(() => parseRedisUrl('http://u:pw@host:81')).toThrow('http://u:***@host:81: the queue URL must start with redis:// or rediss:// (TLS)');
    expect(() => parseRedisUrl('redis://u:pw@host/abc')).toThrow('the database after the host must be a number, got "abc"');
    expect(() => parseRedisUrl('redis://host/0?family=6')).toThrow('takes no ?query');
    const notUrl = () => parseRedisUrl('//u:hunter2@host');
    expect(notUrl).toThrow('--queue must be a URL');
    expect(notUrl).not.toThrow('hunter2');
  });
});
