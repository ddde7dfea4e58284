// --out FILE.jsonl: one document a line, the same document as the folder output, resumable and
// incremental: after kill -9 and a re-run every id is there exactly once and no line is torn.
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OutputDocument } from '../../src/schema/output.js';
import { CLI, counts, gazette, tempDir } from './cli.js';

function feed(n: number): string {
  const dir = tempDir('jsonl-in');
  const lines = Array.from({ length: n }, (_, i) => JSON.stringify({ id: `a${i}`, published: '2021-03-04', text: `Officials in Paris said on Monday that ${i} people met Angela Merkel.` }));
  writeFileSync(path.join(dir, 'feed.jsonl'), lines.join('\n'));
  return dir;
}

/** The ids of a JSONL output, in order; fails on any line that is not a whole document. */
function ids(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  expect(text.endsWith('\n')).toBe(true);
  return text.slice(0, -1).split('\n').map((line) => OutputDocument.parse(JSON.parse(line)).document.id);
}

const sorted = (n: number) => Array.from({ length: n }, (_, i) => `a${i}`).sort();

describe('--out FILE.jsonl', () => {
  it('writes the same documents as the folder output, one a line, and re-runs incrementally', () => {
    const inputs = feed(4);
    const dir = tempDir('jsonl-out');
    const file = path.join(dir, 'out.jsonl');
    const folder = path.join(dir, 'folder');
    expect(gazette(['run', inputs, '--out', file, '--workers', '0']).code).toBe(0);
    expect(gazette(['run', inputs, '--out', folder, '--workers', '0']).code).toBe(0);
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    for (const line of lines) {
      const doc = JSON.parse(line);
      expect(doc).toEqual(JSON.parse(readFileSync(path.join(folder, `${doc.document.id}.json`), 'utf8')));
    }
    expect(readdirSync(dir).sort()).toEqual(['folder', 'out.jsonl']); // no lock, no temporary file

    expect(counts(gazette(['run', inputs, '--out', file]).stdout)).toMatchObject({ written: 0, unchanged: 4 });
    // One article changed: its line is replaced, not added.
    const changed = readFileSync(path.join(inputs, 'feed.jsonl'), 'utf8').replace('that 2 people', 'that 2,000 people');
    writeFileSync(path.join(inputs, 'feed.jsonl'), changed);
    expect(counts(gazette(['run', inputs, '--out', file]).stdout)).toMatchObject({ written: 1, unchanged: 3 });
    expect(ids(file).sort()).toEqual(sorted(4));
    expect(readFileSync(file, 'utf8')).toContain('2,000 people');
    // --pretty indents a folder's files; a JSONL line stays one line (it failed every article before).
    const pretty = gazette(['run', inputs, '--out', path.join(dir, 'pretty.jsonl'), '--pretty', '--workers', '0']);
    expect(counts(pretty.stdout)).toMatchObject({ written: 4, failed: 0 });
    expect(readFileSync(path.join(dir, 'pretty.jsonl'), 'utf8').trimEnd().split('\n')).toHaveLength(4);
  });

  it('writes through a link to the file it names, and keeps the link when the file is rewritten', () => {
    const inputs = feed(3);
    const dir = tempDir('jsonl-link');
    mkdirSync(path.join(dir, 'runs'));
    symlinkSync(path.join('runs', 'day.jsonl'), path.join(dir, 'current.jsonl')); // names a file not made yet
    const link = path.join(dir, 'current.jsonl');
    expect(gazette(['run', inputs, '--out', link]).code).toBe(0);
    // One article changed: its new line is appended, and the file rewritten at the end with one line an id.
    const changed = readFileSync(path.join(inputs, 'feed.jsonl'), 'utf8').replace('that 1 people', 'that 1,000 people');
    writeFileSync(path.join(inputs, 'feed.jsonl'), changed);
    expect(counts(gazette(['run', inputs, '--out', link]).stdout)).toMatchObject({ written: 1, unchanged: 2 });
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(ids(path.join(dir, 'runs', 'day.jsonl')).sort()).toEqual(sorted(3));
    expect(readFileSync(link, 'utf8')).toContain('1,000 people');
  });

  it('cuts off a line torn by a kill, and writes that article again', () => {
    const inputs = feed(3);
    const file = path.join(tempDir('jsonl-torn'), 'out.jsonl');
    expect(gazette(['run', inputs, '--out', file]).code).toBe(0);
    const whole = readFileSync(file, 'utf8').trimEnd().split('\n');
    writeFileSync(file, `${whole.slice(0, 2).join('\n')}\n${whole[2].slice(0, 100)}`); // the last line half-written
    const rerun = gazette(['run', inputs, '--out', file]);
    expect(counts(rerun.stdout)).toMatchObject({ written: 1, unchanged: 2 });
    expect(ids(file).sort()).toEqual(sorted(3));
  });

  it('after kill -9 during runs, the same command leaves every id exactly once and no torn line', async () => {
    const inputs = feed(600);
    const dir = tempDir('jsonl-kill');
    const file = path.join(dir, 'out.jsonl');
    const size = () => { try { return statSync(file).size; } catch { return 0; } };
    for (const bytes of [20_000, 400_000]) {
      const child = spawn(process.execPath, [CLI, 'run', inputs, '--out', file, '--workers', '1'], { env: { ...process.env, LOG_LEVEL: 'silent' } });
      const exited = new Promise((resolve) => child.on('exit', resolve));
      let done = false;
      void exited.then(() => { done = true; });
      while (size() < bytes && !done) await new Promise((r) => setTimeout(r, 5));
      child.kill('SIGKILL');
      await exited;
    }
    // Also as if killed while appending: a torn last line.
    appendFileSync(file, '{"schemaVersion":"1.0.0","fingerp');
    const resumed = gazette(['run', inputs, '--out', file]);
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(counts(resumed.stdout).unchanged).toBeGreaterThan(0);
    expect(ids(file).sort()).toEqual(sorted(600));
    expect(readdirSync(dir)).toEqual(['out.jsonl']);
  });

  it('loads in pandas with the one line the README gives', (context) => {
    const inputs = feed(3);
    const file = path.join(tempDir('jsonl-pandas'), 'out.jsonl');
    expect(gazette(['run', inputs, '--out', file]).code).toBe(0);
    // pyenv's python3 may lack pandas where Debian's has it: the first that imports it is used.
    const python = ['python3', '/usr/bin/python3'].find((p) => spawnSync(p, ['-c', 'import pandas']).status === 0);
    if (!python) {
      console.warn('SKIPPED the pandas check: no python3 with pandas here (apt-get install python3-pandas)');
      context.skip();
      return;
    }
    const script = [
      'import sys, pandas as pd',
      'df = pd.read_json(sys.argv[1], lines=True)', // the README's line
      'mentions = pd.json_normalize(df.to_dict("records"), "mentions", [["document", "id"]])',
      'print(len(df), sorted(df["document"].str["id"]), len(mentions), sorted(set(mentions["type"])))',
    ].join('\n');
    const run = spawnSync(python, ['-c', script, file], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const docs = readFileSync(file, 'utf8').trimEnd().split('\n').map((l) => OutputDocument.parse(JSON.parse(l)));
    const types = [...new Set(docs.flatMap((d) => d.mentions.map((m) => m.type)))].sort();
    expect(run.stdout.trim()).toBe(`3 ['a0', 'a1', 'a2'] ${docs.reduce((n, d) => n + d.mentions.length, 0)} [${types.map((t) => `'${t}'`).join(', ')}]`);
  });
});
