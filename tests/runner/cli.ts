// Runs the built CLI as a user does (npm test builds dist first), in throwaway folders.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const CLI = path.resolve('dist/cli.js');

/** `timeout` (ms): a run that may never end (the failure under test) is killed then (SIGKILL: a stuck run may not heed SIGTERM). */
export function gazette(args: string[], options: { cwd?: string; env?: Record<string, string>; timeout?: number } = {}) {
  const run = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: options.cwd, timeout: options.timeout, killSignal: 'SIGKILL', env: { ...process.env, LOG_LEVEL: 'silent', ...options.env } });
  return { code: run.status, signal: run.signal, stdout: run.stdout, stderr: run.stderr };
}

export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(tmpdir(), `gazette-${prefix}-`));
}

/** "3 written, 2 unchanged" and the like, from a run's summary line. */
export function counts(stdout: string): Record<string, number> {
  const line = stdout.split('\n').find((l) => l.startsWith('gazette: ')) ?? '';
  return Object.fromEntries([...line.matchAll(/([\d,]+) (read|written|unchanged|failed|skipped)/g)].map((m) => [m[2], Number(m[1].replace(/,/g, ''))]));
}
