// --out -: one document a line on standard output, for a pipe (`| jq`); the summary on stderr.
// A reader that closes the pipe early (`| head`) stops the run with one message. An input "-":
// one article a line from standard input (`curl -s URL | gazette run -`).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OutputDocument } from '../../src/schema/output.js';
import { CLI, counts, gazette, tempDir } from './cli.js';

function feed(n: number): string {
  const dir = tempDir('stdout-in');
  const lines = Array.from({ length: n }, (_, i) => JSON.stringify({ id: `a${i}`, published: '2021-03-04', text: `Officials in Paris said on Monday that ${i} people met Angela Merkel.` }));
  writeFileSync(path.join(dir, 'feed.jsonl'), lines.join('\n'));
  return dir;
}

describe('--out -', () => {
  it('writes the documents of a folder output on standard output, one a line, and the summary on stderr', () => {
    const inputs = feed(3);
    const folder = path.join(tempDir('stdout-folder'), 'out');
    expect(gazette(['run', inputs, '--out', folder, '--workers', '0']).code).toBe(0);
    // --pretty is for a folder's files: a line stays one line.
    const run = gazette(['run', inputs, '--out', '-', '--pretty'], { cwd: tempDir('stdout-cwd') });
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    const ids = lines.map((line) => {
      const doc = OutputDocument.parse(JSON.parse(line));
      expect(doc).toEqual(JSON.parse(readFileSync(path.join(folder, `${doc.document.id}.json`), 'utf8')));
      return doc.document.id;
    });
    expect(ids.sort()).toEqual(['a0', 'a1', 'a2']);
    expect(counts(run.stderr)).toMatchObject({ read: 3, written: 3, failed: 0 });
    expect(run.stderr).toContain('to standard output');
    // Nothing recorded to compare with: a second run annotates every article again, and leaves no lock or file behind.
    const again = gazette(['run', inputs, '--out', '-']);
    expect(counts(again.stderr)).toMatchObject({ written: 3, unchanged: 0 });
    expect(readdirSync(inputs)).toEqual(['feed.jsonl']);
  });

  it('stops at once, naming why, when the reader closes the pipe', async () => {
    const inputs = feed(400);
    const child = spawn(process.execPath, [CLI, 'run', inputs, '--out', '-', '--workers', '0'], { env: { ...process.env, LOG_LEVEL: 'silent' } });
    const killer = setTimeout(() => child.kill('SIGKILL'), 120_000); // a run that wrote on for ever fails the test, not CI
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    // The reader takes the first line and goes, as `head -1` does.
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    clearTimeout(killer);
    expect(code).toBe(1);
    expect(stderr).toContain('stopped: standard output was closed by its reader');
    expect(stderr).not.toContain('Run the same command again'); // nothing was kept to finish
    expect(counts(stderr).read).toBeLessThan(400);
  });

  it('refuses --out FILE.jsonl.gz, naming a .jsonl file or --out - | gzip instead', () => {
    const dir = tempDir('gz-out');
    const run = gazette(['run', feed(1), '--out', path.join(dir, 'day.jsonl.gz')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`day.jsonl.gz: a JSONL output is appended to as the run goes and rewritten at its end, which a gzip file cannot be: write ${path.join(dir, 'day.jsonl')} and compress it after the run (or pipe --out - into gzip)`);
    expect(readdirSync(dir)).toEqual([]); // no folder named day.jsonl.gz
  });

  it('refuses a new --out named like one .json file (it made a folder of that name), and takes a folder so named that exists', () => {
    const dir = tempDir('json-out');
    const run = gazette(['run', feed(1), '--out', path.join(dir, 'result.json')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${path.join(dir, 'result.json')}: --out names a folder (one <id>.json a document) or a .jsonl file (one document a line), not one .json file: write ${path.join(dir, 'result.jsonl')}, or a folder name`);
    expect(readdirSync(dir)).toEqual([]);
    mkdirSync(path.join(dir, 'made.json'));
    expect(gazette(['run', feed(1), '--out', path.join(dir, 'made.json')]).code).toBe(0);
    expect(readdirSync(path.join(dir, 'made.json')).filter((f) => f.endsWith('.json'))).toEqual(['a0.json']);
  });

  it('is refused with --queue, whose results come back by a destination one run holds', () => {
    const run = gazette(['run', feed(1), '--out', '-', '--queue', 'redis://127.0.0.1:1/0']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('--queue writes to a folder or a .jsonl file, not to standard output (--out -)');
  });
});

describe('input -', () => {
  const line = (article: object) => `${JSON.stringify(article)}\n`;

  it('reads one article a line from standard input, naming a bad line by its number', () => {
    const out = path.join(tempDir('stdin-out'), 'out');
    const input = line({ id: 'x1', text: 'Angela Merkel met Emmanuel Macron in Paris on Monday.' }) + '{bad\n' + line({ text: 'The European Union fined Google 2.4 billion euros.' });
    // Given twice, it is read once, as a file given twice is.
    const run = spawnSync(process.execPath, [CLI, 'run', '-', '-', '--out', out], { input, encoding: 'utf8', timeout: 120_000, killSignal: 'SIGKILL', env: { ...process.env, LOG_LEVEL: 'silent' } });
    expect(run.status).toBe(2);
    expect(counts(run.stdout)).toMatchObject({ read: 3, written: 2, failed: 1 });
    expect(run.stdout).toMatch(/^failed: standard input:2: malformed JSON: \S/m);
    expect(run.stdout).toContain('skipped: 1 file in the input folders (given more than once: 1)');
    expect(readdirSync(out).filter((f) => f.endsWith('.json')).sort()).toEqual(['stdin-3.json', 'x1.json']);
    expect(JSON.parse(readFileSync(path.join(out, 'stdin-3.json'), 'utf8')).mentions.map((m: { text: string }) => m.text)).toContain('European Union');
  });

  it('refuses plain text piped in once, saying how to give it, not once a line as malformed JSON', () => {
    const out = path.join(tempDir('stdin-text'), 'out');
    const input = 'Angela Merkel met Emmanuel Macron in Paris on Monday.\nThe European Union fined Google.\n{"text": "never read"}\n';
    const run = spawnSync(process.execPath, [CLI, 'run', '-', '--out', out], { input, encoding: 'utf8', timeout: 120_000, killSignal: 'SIGKILL', env: { ...process.env, LOG_LEVEL: 'silent' } });
    expect(run.status).toBe(2);
    expect(counts(run.stdout)).toMatchObject({ read: 1, written: 0, failed: 1 });
    expect(run.stdout).toContain(`failed: standard input: not JSON lines: standard input is read as one article object {"text": ...} a line; for plain text give its file (gazette run FILE.txt) or wrap it: jq -cRs '{id: "stdin", text: .}' | gazette run -`);
  });

  it('stops on SIGINT while standard input is open and has nothing more to read', async () => {
    const out = path.join(tempDir('stdin-stop'), 'out');
    const child = spawn(process.execPath, [CLI, 'run', '-', '--out', out], { env: { ...process.env, LOG_LEVEL: 'silent' } });
    const killer = setTimeout(() => child.kill('SIGKILL'), 120_000); // a run that waited on for ever fails the test, not CI
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString(); });
    child.stdin.write(line({ id: 'first', text: 'Angela Merkel met Emmanuel Macron in Paris on Monday.' }));
    // Once the one article is written, the run waits for the next line; the pipe stays open.
    while (!existsSync(path.join(out, 'first.json'))) await new Promise((resolve) => setTimeout(resolve, 50));
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    clearTimeout(killer);
    expect(code).toBe(130);
    expect(counts(stdout)).toMatchObject({ read: 1, written: 1, failed: 0 });
    expect(stdout).toContain('stopped: interrupted by SIGINT');
  });
});
