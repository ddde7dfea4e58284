// The command line end to end, as a user runs it: `node dist/cli.js` (npm test builds dist first).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OutputDocument } from '../../src/schema/output.js';

const SEED = 'iranfocus-2019-12-20-maximum-pressure';

function gazette(...args: string[]) {
  const run = spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8', env: { ...process.env, LOG_LEVEL: 'silent' } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function tempDir(prefix: string): string {
  return mkdtempSync(path.join(tmpdir(), `gazette-${prefix}-`));
}

describe('gazette run', () => {
  it('writes what it can of a batch with bad inputs, names each bad one, and exits 2', () => {
    const inputs = tempDir('batch');
    const out = tempDir('out');
    writeFileSync(path.join(inputs, 'empty.txt'), '');
    writeFileSync(path.join(inputs, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]));
    writeFileSync(path.join(inputs, 'latin1.txt'), Buffer.from('Caf\xe9 in Paris', 'latin1'));
    writeFileSync(path.join(inputs, 'notext.json'), JSON.stringify({ id: 'no-text', title: 'Nothing' }));
    writeFileSync(path.join(inputs, 'feed.jsonl'), [
      JSON.stringify({ id: 'feed-a', published: '2021-03-04', text: 'Angela Merkel met Emmanuel Macron in Paris on Monday.' }),
      '{"id": "feed-b", "text": ',
      JSON.stringify({ id: 'feed-c', text: 'The European Union fined Google 2.4 billion euros.' }),
    ].join('\n'));
    const result = gazette('run', `corpus/${SEED}.txt`, inputs, '--out', out);
    expect(result.code).toBe(2);
    expect(readdirSync(out).sort()).toEqual(['feed-a.json', 'feed-c.json', `${SEED}.json`]);
    for (const [file, reason] of [
      ['empty.txt', 'empty article: no text'],
      ['binary.txt', 'binary file: it holds NUL bytes'],
      ['latin1.txt', 'not valid UTF-8 text'],
      ['notext.json', 'text: is missing'],
      ['feed.jsonl:2', 'malformed JSON'],
    ]) expect(result.stdout).toContain(`failed: ${path.join(inputs, file)}: ${reason}`);
    expect(result.stdout).toMatch(/gazette: 8 read, 3 written, 0 unchanged, 5 failed in .* s, to /);
  });

  it('leaves only whole output files, and no temporary ones, when interrupted', async () => {
    const inputs = tempDir('interrupt');
    const out = tempDir('interrupt-out');
    const lines = Array.from({ length: 400 }, (_, i) => JSON.stringify({ id: `a${i}`, text: `Officials in Paris said on Monday that ${i} people met Angela Merkel.` }));
    writeFileSync(path.join(inputs, 'feed.jsonl'), lines.join('\n'));
    const child = spawn(process.execPath, ['dist/cli.js', 'run', inputs, '--out', out], { env: { ...process.env, LOG_LEVEL: 'silent' } });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    while (readdirSync(out).filter((f) => f.endsWith('.json')).length < 5 && child.exitCode === null) await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGINT');
    expect([130, 0]).toContain(await exited); // 0 only if the run finished first
    const files = readdirSync(out);
    expect(files.filter((f) => !f.endsWith('.json'))).toEqual([]);
    for (const f of files) expect(() => OutputDocument.parse(JSON.parse(readFileSync(path.join(out, f), 'utf8')))).not.toThrow();
  });

  it('refuses to start, exit 1, on a bad config or argument, naming it', () => {
    const dir = tempDir('config');
    writeFileSync(path.join(dir, 'bad.json'), JSON.stringify({ concurrency: 0 }));
    const bad = gazette('run', '--config', path.join(dir, 'bad.json'));
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(`${path.join(dir, 'bad.json')}: concurrency: `);
    const arg = gazette('run', '--concurrency', 'lots');
    expect(arg.code).toBe(1);
    expect(arg.stderr).toContain('--concurrency must be a whole number');
    expect(gazette('run', '--frobnicate').stderr).toContain("'--frobnicate'");
  });

  it('prints help with examples for every command', () => {
    for (const command of [[], ['run'], ['eval'], ['registry']]) {
      const help = gazette(...command, '--help');
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(/Usage: gazette/);
    }
    expect(gazette('run', '--help').stdout).toContain('Examples:');
  });

  it('names an unknown command, even one named like an object\'s own property, and points to the list of commands', () => {
    for (const name of ['frobnicate', 'constructor', 'toString', '__proto__']) {
      const run = gazette(name);
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(`gazette: unknown command "${name}"; expected one of: run, eval, registry, diff, view, export, worker, queue\nRun "gazette --help" for usage.\n`);
    }
    expect(gazette('run', '--frob').stderr).toMatch(/Run "gazette run --help" for usage/);
  });

  it('caps --concurrency as the config caps concurrency: every article in flight is held in memory', () => {
    for (const command of [['run', `corpus/${SEED}.txt`, '--out', tempDir('concurrency')], ['worker', '--queue', 'redis://127.0.0.1:1/0']]) {
      const run = gazette(...command, '--concurrency', '1e9');
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('gazette: --concurrency must be a whole number from 1 to 64, got "1e9"');
    }
  });

  it('runs as the `gazette` command itself (the build leaves dist/cli.js executable, as npx and npm install -g need)', () => {
    const direct = spawnSync(path.resolve('dist/cli.js'), ['--help'], { encoding: 'utf8' });
    expect(direct.error).toBeUndefined();
    expect(direct.status).toBe(0);
    expect(direct.stdout).toMatch(/Usage: gazette/);
  });

  it('packs what an installed gazette reads (the registry with the places `prepare` generates) and none of the repository\'s own files', () => {
    const pack = spawnSync('npm', ['pack', '--dry-run', '--ignore-scripts', '--json'], { encoding: 'utf8' });
    expect(pack.status).toBe(0);
    const files: string[] = JSON.parse(pack.stdout)[0].files.map((f: { path: string }) => f.path);
    const registry = readdirSync('registry').filter((f) => f.endsWith('.jsonl') || f === 'titles.json').map((f) => `registry/${f}`);
    expect(registry).toContain('registry/open-data-places.jsonl');
    expect(files).toEqual(expect.arrayContaining(['dist/cli.js', 'dist/runner/worker.js', 'models/ner.bin.gz', 'pipeline.config.json', 'schema/output.schema.json', ...registry]));
    expect(files.filter((f) => /^(?:src|tests|test-artifacts|output|registry\/\.index)\//.test(f))).toEqual([]);
  });
});

describe('output contract', () => {
  it('gives code point offsets that Python and JavaScript both slice back to the mention, past emoji', () => {
    const inputs = tempDir('astral');
    const out = tempDir('astral-out');
    const text = '🎉🇺🇳 𝒜 report 🙂: Angela Merkel told Reuters in Berlin that 2,500 people 😀 marched on 3 May 2021.';
    writeFileSync(path.join(inputs, 'astral.json'), JSON.stringify({ id: 'astral', published: '2021-05-04', text }));
    expect(gazette('run', inputs, '--out', out).code).toBe(0);
    const doc = OutputDocument.parse(JSON.parse(readFileSync(path.join(out, 'astral.json'), 'utf8')));
    expect(doc.text).toBe(text);
    expect(doc.mentions.map((m) => m.text)).toEqual(expect.arrayContaining(['Angela Merkel', 'Berlin', '2,500']));
    for (const m of doc.mentions) expect([...doc.text].slice(m.start, m.end).join('')).toBe(m.text);
    const python = spawnSync('python3', ['-c', [
      'import json, sys',
      'd = json.load(open(sys.argv[1], encoding="utf-8"))',
      'bad = [m for m in d["mentions"] if d["text"][m["start"]:m["end"]] != m["text"]]',
      'print(len(d["mentions"]), len(bad))',
    ].join('\n'), path.join(out, 'astral.json')], { encoding: 'utf8' });
    if (python.error) return; // no python3 on this machine: the JavaScript check above stands
    expect(python.stdout.trim()).toBe(`${doc.mentions.length} 0`);
  });
});

describe('the seed article', () => {
  it('is annotated and scored by the project’s own eval at core F1 ≥ 0.90', () => {
    const out = tempDir('seed');
    expect(gazette('run', `corpus/${SEED}.txt`, '--out', out).code).toBe(0);
    const result = gazette('eval', '--gold', `tests/gold/${SEED}.gold.json`, '--pred', out);
    const core = result.stdout.match(/^core\s+(\S+)\s+(\S+)\s+(\S+)/m);
    expect(core, result.stdout + result.stderr).not.toBeNull();
    expect(Number(core![3])).toBeGreaterThanOrEqual(90);
    expect(result.code).toBe(0);
  });
});
