// How a run ends: on a signal it prints its summary (with the failures found) and exits
// 128 + the signal; after kill -9 the same command completes the rest; no temporary file or
// lock is ever left; a second run into the same output refuses to start, naming the first.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OutputDocument } from '../../src/schema/output.js';
import { CLI, counts, gazette, tempDir } from './cli.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function feed(n: number, extra: string[] = []): string {
  const dir = tempDir('feed');
  const lines = Array.from({ length: n }, (_, i) => JSON.stringify({ id: `a${i}`, text: `Officials in Paris said on Monday that ${i} people met Angela Merkel in Berlin.` }));
  writeFileSync(path.join(dir, 'feed.jsonl'), [...extra, ...lines].join('\n'));
  return dir;
}

function start(args: string[]) {
  const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, LOG_LEVEL: 'silent' } });
  let stdout = '';
  child.stdout.on('data', (d) => { stdout += d; });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return { child, exited, stdout: () => stdout };
}

async function until(check: () => boolean, what: string, exited?: Promise<unknown>) {
  let done = false;
  void exited?.then(() => { done = true; });
  for (let i = 0; i < 3000 && !check(); i++) {
    if (done) throw new Error(`the run ended before ${what}`);
    await sleep(10);
  }
}

const written = (out: string) => readdirSync(out).filter((f) => f.endsWith('.json'));
const leftovers = (out: string) => readdirSync(out).filter((f) => !f.endsWith('.json'));

describe('stopping a run', () => {
  for (const [signal, code, workers] of [['SIGINT', 130, '0'], ['SIGTERM', 143, '1'], ['SIGHUP', 129, '1']] as const) {
    it(`on ${signal} (--workers ${workers}) prints the summary with the failures found, and exits ${code}`, async () => {
      const out = tempDir('signal-out');
      const run = start(['run', feed(3000, ['{"id": "broken", "text": ']), '--out', out, '--workers', workers]);
      await until(() => written(out).length >= 5, 'writing 5 articles', run.exited);
      run.child.kill(signal);
      expect(await run.exited).toEqual({ code, signal: null });
      const stdout = run.stdout();
      expect(stdout).toMatch(/^gazette: [\d,]+ read, [\d,]+ written, 0 unchanged, 1 failed in/m);
      expect(stdout).toMatch(/feed\.jsonl:1: malformed JSON/);
      expect(stdout).toContain(`stopped: interrupted by ${signal}`);
      expect(leftovers(out)).toEqual([]);
      expect(counts(stdout).written).toBe(written(out).length);
      for (const f of written(out)) expect(() => OutputDocument.parse(JSON.parse(readFileSync(path.join(out, f), 'utf8')))).not.toThrow();
    });
  }

  it('with --workers 0, Ctrl-C stops the article under way instead of finishing it', async () => {
    const inputs = tempDir('long');
    const out = tempDir('long-out');
    const sentence = 'Officials in Paris said on Monday that Angela Merkel met Emmanuel Macron in Berlin. ';
    writeFileSync(path.join(inputs, 'long.txt'), sentence.repeat(Math.ceil(3_000_000 / sentence.length)));
    const config = path.join(tempDir('long-config'), 'gazette.json');
    writeFileSync(config, JSON.stringify({ registry: path.resolve('registry'), model: path.resolve('models/ner.bin.gz'), limits: { maxArticleBytes: 4_000_000 } }));
    const run = start(['run', inputs, '--out', out, '--workers', '0', '--config', config]);
    await until(() => existsSync(path.join(out, '.gazette.lock')), 'taking the lock', run.exited);
    await sleep(1500); // the model loads, then the long article starts
    run.child.kill('SIGINT');
    expect((await run.exited).code).toBe(130);
    expect(written(out)).toEqual([]);
    expect(run.stdout()).toContain('stopped: interrupted by SIGINT');
    expect(leftovers(out)).toEqual([]);
  });

  it('after kill -9 at any moment, the same command completes every article exactly once and leaves no temporary file', async () => {
    const inputs = feed(600);
    const out = tempDir('kill-out');
    for (const wait of [5, 40, 120]) {
      const run = start(['run', inputs, '--out', out, '--workers', '1']);
      await until(() => written(out).length >= wait, `writing ${wait} articles`, run.exited);
      run.child.kill('SIGKILL');
      await run.exited;
    }
    const resumed = gazette(['run', inputs, '--out', out]);
    expect(resumed.code, resumed.stderr).toBe(0);
    const c = counts(resumed.stdout);
    expect(c.unchanged).toBeGreaterThanOrEqual(120);
    expect(c.written + c.unchanged).toBe(600);
    expect(leftovers(out)).toEqual([]);
    expect(written(out).sort()).toEqual(Array.from({ length: 600 }, (_, i) => `a${i}.json`).sort());
  });
});

describe('one run per output', () => {
  it('refuses a second run into the same output, naming the first, and takes over a stale lock', async () => {
    const inputs = feed(3000);
    const out = tempDir('lock-out');
    const first = start(['run', inputs, '--out', out, '--workers', '1']);
    await until(() => written(out).length >= 1, 'writing', first.exited);
    const second = gazette(['run', inputs, '--out', out]);
    expect(second.code).toBe(1);
    expect(second.stderr).toContain(`${out} is in use by another gazette run: pid ${first.child.pid}`);
    first.child.kill('SIGKILL');
    await first.exited;
    expect(existsSync(path.join(out, '.gazette.lock'))).toBe(true);
    // A temporary file a killed run left, named after its target, is removed by the next run.
    writeFileSync(path.join(out, '.a1.json.gazette-999999-0123abcd.tmp'), '{"half": ');
    const third = gazette(['run', inputs, '--out', out]);
    expect(third.code, third.stderr).toBe(0);
    expect(leftovers(out)).toEqual([]);
  });

  it('refuses, by name, a folder where the lock file goes, and leaves it and nothing else there', () => {
    const out = tempDir('lock-folder');
    mkdirSync(path.join(out, '.gazette.lock'));
    utimesSync(path.join(out, '.gazette.lock'), new Date(0), new Date(0)); // old: no run is making it now
    const run = gazette(['run', feed(1), '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${path.join(out, '.gazette.lock')}: cannot take the lock: a folder stands where the lock file goes; remove it`);
    expect(readdirSync(out)).toEqual(['.gazette.lock']);
  });

  it('takes over a lock whose pid is now another process, or a zombie, and refuses one its owner still holds', async (context) => {
    if (!existsSync('/proc/self/stat')) context.skip(); // the check reads Linux's /proc
    const inputs = feed(2);
    const out = tempDir('lock-pid');
    const lock = path.join(out, '.gazette.lock');
    const ticksOf = (pid: number) => { const stat = readFileSync(`/proc/${pid}/stat`, 'utf8'); return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]); };
    const lockFor = (pid: number, ticks: number) => writeFileSync(lock, `${JSON.stringify({ pid, host: hostname(), started: new Date().toISOString(), command: 'gazette run x', ticks })}\n`);
    const stranger = spawn('sleep', ['30']);
    try {
      lockFor(stranger.pid!, ticksOf(stranger.pid!));
      const refused = gazette(['run', inputs, '--out', out]);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(`in use by another gazette run: pid ${stranger.pid}`);
      // The same pid, started at another time than the lock's owner: the owner is gone.
      lockFor(stranger.pid!, ticksOf(stranger.pid!) - 1);
      expect(gazette(['run', inputs, '--out', out]).code).toBe(0);
    } finally {
      stranger.kill();
    }
    // A zombie: a child that exits at once under a parent that sleeps and never reaps it. (Python's
    // fork, not a shell's `&`: a shell may reap a finished job before it execs the next command.)
    const parent = spawn('python3', ['-c', 'import os, sys, time\npid = os.fork()\nif pid == 0: os._exit(0)\nprint(pid, flush=True)\ntime.sleep(5)']);
    const zombie = Number(await new Promise<string>((resolve, reject) => {
      parent.once('error', reject); // no python3: .ci/run installs Debian's
      parent.stdout.once('data', (d) => resolve(String(d)));
    }));
    try {
      await until(() => readFileSync(`/proc/${zombie}/stat`, 'utf8').includes(') Z '), 'the child became a zombie');
      lockFor(zombie, ticksOf(zombie));
      expect(gazette(['run', inputs, '--out', out, '--force']).code).toBe(0);
    } finally {
      parent.kill();
    }
  });
});
