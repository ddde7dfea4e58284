// Throughput of distributed runs against a local run of the same corpus, in the same command:
// a redis-server of its own, then, in turn, a local `gazette run` and `gazette run --queue` served
// by 1, 2 and 4 `gazette worker` processes (started and ready before the clock starts, as
// long-running workers are). Each figure is the run's own time for the corpus (its summary's
// "in N s", after start-up), and the CPU seconds every process spent (submitter, workers, Redis).
// npm run bench:queue -- [FOLDER of .txt articles, default ../shared/data/conll2003/testa] [--copies N] [--rounds N]
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startLocalRedis } from './local-redis.js';

const CLI = new URL('../cli.js', import.meta.url).pathname;
const ENV = { ...process.env, LOG_LEVEL: 'silent' };
const TICKS = 100; // clock ticks a second in /proc (USER_HZ)

/** CPU seconds of a live process, or of this process's reaped children (pid "self" with children). */
function cpuSeconds(pid: number | 'self', children = false): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
  // After "(comm) ": state is field 3, so utime (14) is at index 11, cutime (16) at 13.
  const at = children ? 13 : 11;
  return (Number(fields[at]) + Number(fields[at + 1])) / TICKS;
}

function runCli(args: string[]): Promise<{ stdout: string; code: number | null }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: ENV, stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.on('data', (c: Buffer) => { stdout += c.toString(); });
    child.on('close', (code) => resolve({ stdout, code }));
  });
}

function startWorker(url: string, name: string): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'worker', '--queue', url, '--name', name, '--workers', '1'], { env: ENV, stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.on('data', (c: Buffer) => { if (c.toString().includes('serving')) resolve(child); });
    child.on('exit', (code) => reject(new Error(`worker ${name} exited with ${code}`)));
  });
}

/** A run's own time, and the CPU seconds of the submitting process, the workers and Redis. */
interface Measure { seconds: number; cpu: number; submitter: number; workers: number; redis: number }

async function timedRun(args: string[], workers: number[], redis?: number): Promise<Measure> {
  const cpuOf = (pids: number[]) => pids.reduce((sum, pid) => sum + cpuSeconds(pid), 0);
  const before = { submitter: cpuSeconds('self', true), workers: cpuOf(workers), redis: redis ? cpuSeconds(redis) : 0 };
  const { stdout, code } = await runCli(args);
  const submitter = cpuSeconds('self', true) - before.submitter;
  const workerCpu = cpuOf(workers) - before.workers;
  const redisCpu = redis ? cpuSeconds(redis) - before.redis : 0;
  const seconds = Number(/ in ([\d.]+) s/.exec(stdout)?.[1]);
  if (code !== 0 || !Number.isFinite(seconds)) throw new Error(`gazette ${args.join(' ')} failed (${code}): ${stdout}`);
  return { seconds, cpu: submitter + workerCpu + redisCpu, submitter, workers: workerCpu, redis: redisCpu };
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { copies: { type: 'string', default: '4' }, rounds: { type: 'string', default: '1' } } });
  const source = positionals[0] ?? '../shared/data/conll2003/testa';
  const copies = Number(values.copies);
  const rounds = Number(values.rounds);
  const texts = readdirSync(source).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(path.join(source, f), 'utf8'));
  const corpus = mkdtempSync(path.join(tmpdir(), 'gazette-bench-queue-'));
  let words = 0;
  for (let c = 0; c < copies; c++) {
    texts.forEach((text, i) => {
      writeFileSync(path.join(corpus, `c${c}-${i}.txt`), text);
      words += text.split(/\s+/).filter(Boolean).length;
    });
  }
  const articles = texts.length * copies;
  const redis = await startLocalRedis(['--appendonly', 'no']);
  const results = new Map<string, Measure[]>();
  const record = (label: string, m: Measure) => results.set(label, [...(results.get(label) ?? []), m]);
  try {
    for (let r = 0; r < rounds; r++) {
      const out = () => mkdtempSync(path.join(tmpdir(), 'gazette-bench-out-'));
      record('local', await timedRun(['run', corpus, '--out', out(), '--workers', '1'], []));
      for (const n of [1, 2, 4]) {
        const workers = await Promise.all(Array.from({ length: n }, (_, i) => startWorker(redis.url, `bench-${i}`)));
        record(`queue, ${n} worker${n > 1 ? 's' : ''}`, await timedRun(['run', corpus, '--out', out(), '--queue', redis.url], workers.map((w) => w.pid!), redis.pid));
        await Promise.all(workers.map((w) => new Promise((resolve) => { w.once('exit', resolve); w.kill('SIGTERM'); })));
      }
    }
  } finally {
    await redis.remove();
    rmSync(corpus, { recursive: true, force: true });
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const local = { seconds: median(results.get('local')!.map((m) => m.seconds)), cpu: median(results.get('local')!.map((m) => m.cpu)) };
  console.log(`${articles} articles (${copies} copies of ${source}), ${words.toLocaleString('en-US')} words (wc -w), median of ${rounds} round(s)`);
  const perArticle = (x: number) => (1000 * x / articles).toFixed(2);
  console.log('run                  articles/s   words/s   vs local   CPU ms/article (submitter + workers + Redis)');
  for (const [label, ms] of results) {
    const seconds = median(ms.map((m) => m.seconds));
    const m = (key: keyof Measure) => median(ms.map((x) => x[key]));
    const parts = label === 'local' ? '' : ` (${perArticle(m('submitter'))} + ${perArticle(m('workers'))} + ${perArticle(m('redis'))})`;
    console.log(`${label.padEnd(20)} ${(articles / seconds).toFixed(0).padStart(10)} ${Math.round(words / seconds).toLocaleString('en-US').padStart(9)} ${(local.seconds / seconds).toFixed(2).padStart(9)}x   ${perArticle(m('cpu'))}${parts}`);
  }
  const one = results.get('queue, 1 worker')!;
  const oneSeconds = median(one.map((m) => m.seconds));
  const oneCpu = median(one.map((m) => m.cpu));
  console.log(`queue overhead per article, 1 worker against the local run (one annotating thread each): ${(1000 * (oneSeconds - local.seconds) / articles).toFixed(2)} ms of run time, ${(1000 * (oneCpu - local.cpu) / articles).toFixed(2)} ms of CPU`);
}

await main();
