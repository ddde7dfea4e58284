// rediss:// with a password, end to end: a redis-server that speaks only TLS (with a certificate
// made here), a worker and a run through it, the password shown nowhere.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startLocalRedis, type LocalRedis } from '../../src/scripts/local-redis.js';
import { articleText, gazette, readOutputs, startWorker, tempDir, type WorkerProcess } from './harness.js';

const certs = tempDir('tls');
let server: LocalRedis | undefined;
let url = '';
let worker: WorkerProcess | undefined;

beforeAll(async () => {
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=gazette-test',
    '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', path.join(certs, 'key.pem'), '-out', path.join(certs, 'cert.pem')], { stdio: 'ignore' });
  const port = await freePort();
  server = await startLocalRedis(['--port', '0', '--tls-port', String(port), '--tls-auth-clients', 'no', '--requirepass', 'hunter2',
    '--tls-cert-file', path.join(certs, 'cert.pem'), '--tls-key-file', path.join(certs, 'key.pem'), '--tls-ca-cert-file', path.join(certs, 'cert.pem')]);
  url = `rediss://:hunter2@127.0.0.1:${port}/1`;
}, 30_000);
afterAll(async () => {
  worker?.child.kill('SIGKILL');
  await server?.remove();
});

describe('a queue behind TLS and a password', () => {
  it('runs through rediss:// with the certificate trusted, and never shows the password', async () => {
    const env = { NODE_EXTRA_CA_CERTS: path.join(certs, 'cert.pem') };
    const inputs = tempDir('tls-in');
    for (let i = 0; i < 3; i++) writeFileSync(path.join(inputs, `t${i}.txt`), articleText(i, 4));
    const untrusted = await gazette(['queue', 'status', '--queue', url]).done;
    expect(untrusted.code).toBe(1);
    expect(untrusted.stderr).toContain(`cannot reach Redis at rediss://:***@127.0.0.1:${new URL(url).port}/1: self-signed certificate`);

    worker = await startWorker(url, 'tls-worker', [], env);
    const [here, there] = [tempDir('tls-local'), tempDir('tls-queue')];
    expect((await gazette(['run', inputs, '--out', here]).done).code).toBe(0);
    const run = await gazette(['run', inputs, '--out', there, '--queue', url], env).done;
    expect(run.code, run.stderr).toBe(0);
    expect(readOutputs(there)).toEqual(readOutputs(here));
    const status = await gazette(['queue', 'status', '--queue', url], env).done;
    expect(status.stdout).toContain(`queue rediss://:***@127.0.0.1:${new URL(url).port}/1: 0 waiting`);
    worker.child.kill('SIGTERM');
    const stopped = await worker.done;
    for (const text of [untrusted.stderr, run.stdout, run.stderr, status.stdout, stopped.stdout, stopped.stderr]) expect(text).not.toContain('hunter2');
  }, 60_000);
});
