// The queue tests' real parts: a redis-server of their own (started before the file's tests,
// removed after), `gazette` processes as a user runs them (node dist/cli.js; npm test builds
// dist first), and articles made up here.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Queue } from 'bullmq';
import { afterAll, beforeAll } from 'vitest';
import { startLocalRedis, type LocalRedis } from '../../src/scripts/local-redis.js';

/** A redis-server for the tests of one file. */
export function useRedis(): { readonly url: string; readonly server: LocalRedis } {
  let server: LocalRedis | undefined;
  beforeAll(async () => { server = await startLocalRedis(); });
  afterAll(async () => { await server?.remove(); });
  return {
    get url() { return server!.url; },
    get server() { return server!; },
  };
}

export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(tmpdir(), `gazette-${prefix}-`));
}

const ENV = { ...process.env, LOG_LEVEL: 'silent' };

export interface Finished { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }

/** Starts `gazette ARGS`; `done` resolves when it exits. */
export function gazette(args: string[], env: NodeJS.ProcessEnv = {}): { child: ChildProcess; done: Promise<Finished> } {
  const child = spawn(process.execPath, ['dist/cli.js', ...args], { env: { ...ENV, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (c: Buffer) => { stdout += c.toString(); });
  child.stderr!.on('data', (c: Buffer) => { stderr += c.toString(); });
  const done = new Promise<Finished>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, done };
}

export interface WorkerProcess { name: string; child: ChildProcess; done: Promise<Finished> }

/** Starts `gazette worker` and waits until it says it serves the queue. */
export async function startWorker(url: string, name: string, extra: string[] = [], env: NodeJS.ProcessEnv = {}): Promise<WorkerProcess> {
  const { child, done } = gazette(['worker', '--queue', url, '--name', name, '--lock-seconds', '2', '--workers', '1', ...extra], env);
  await new Promise<void>((resolve, reject) => {
    let seen = '';
    child.stdout!.on('data', (c: Buffer) => {
      seen += c.toString();
      if (seen.includes('serving')) resolve();
    });
    void done.then((f) => reject(new Error(`worker ${name} exited (${f.code ?? f.signal}) before serving: ${f.stderr}${f.stdout}`)));
  });
  return { name, child, done };
}

/** The articles queue, for the tests to look into. */
export function articlesQueue(url: string): Queue {
  const { hostname, port } = new URL(url);
  const queue = new Queue('articles', { connection: { host: hostname, port: Number(port) }, prefix: 'gazette' });
  queue.on('error', () => {}); // a test that fails may leave it open past the server's end
  return queue;
}

const PEOPLE = ['Angela Merkel', 'Emmanuel Macron', 'Joe Biden', 'Olaf Scholz', 'Rishi Sunak', 'Giorgia Meloni', 'Pedro Sanchez', 'Mark Rutte'];
const PLACES = ['Paris', 'Berlin', 'London', 'Madrid', 'Rome', 'Brussels', 'Washington', 'Warsaw'];
const ORGS = ['the European Union', 'Google', 'the United Nations', 'NATO', 'the World Bank', 'Reuters'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

/** The text of made-up article number i: `sentences` sentences of names, places, numbers and dates. */
export function articleText(i: number, sentences: number): string {
  const pick = <T>(list: T[], k: number) => list[(i * 7 + k * 3) % list.length];
  return Array.from({ length: sentences }, (_, k) =>
    `${pick(PEOPLE, k)} met ${pick(PEOPLE, k + 1)} in ${pick(PLACES, k)} on ${pick(DAYS, k)}, and ${pick(ORGS, k)} said ${100 + ((i * 31 + k * 17) % 900)} people had come, ${(i + k) % 40} percent more than in ${1990 + ((i + k) % 30)}.`,
  ).join(' ');
}

/**
 * A corpus of `n` articles in the three input forms: .txt files (some with a .meta.json
 * sidecar), .json files, and one .jsonl file.
 */
export function writeCorpus(dir: string, n: number, sentences = 12): void {
  mkdirSync(path.join(dir, 'txt'), { recursive: true });
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const text = articleText(i, sentences);
    if (i % 3 === 0) {
      writeFileSync(path.join(dir, 'txt', `article-${i}.txt`), text);
      if (i % 2 === 0) writeFileSync(path.join(dir, 'txt', `article-${i}.meta.json`), JSON.stringify({ published: `2021-03-${String(1 + (i % 28)).padStart(2, '0')}`, title: `Article ${i}` }));
    } else if (i % 3 === 1) {
      writeFileSync(path.join(dir, `article-${i}.json`), JSON.stringify({ id: `json-${i}`, published: '2020-11-15', text }));
    } else {
      lines.push(JSON.stringify({ id: `line-${i}`, text }));
    }
  }
  writeFileSync(path.join(dir, 'feed.jsonl'), `${lines.join('\n')}\n`);
}

/** Every file of a folder, by name, as bytes. */
export function readOutputs(dir: string): Map<string, Buffer> {
  return new Map(readdirSync(dir).sort().map((f) => [f, readFileSync(path.join(dir, f))]));
}

export async function waitFor(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
