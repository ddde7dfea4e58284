// Speed and memory of `gazette diff` on a large corpus. Builds two JSONL runs of N articles from
// the documents of an output folder (ids made unique; NEW in reverse order, every tenth article
// changed), then times, each in a child process with the same small heap limit:
//   baseline: read both files line by line and JSON.parse every line (the least any reader does)
//   diff:     gazette diff OLD NEW --json
// and prints both CPU times (user + system: on a shared machine wall time mostly measures the
// neighbours) and wall times, with their ratios. Finishing under the heap limit, far below the
// size of the runs, is the memory check. Usage:
//   node dist/scripts/bench-diff.js --from DIR [--articles N] [--heap-mb M]
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { from: { type: 'string' }, articles: { type: 'string', default: '100000' }, 'heap-mb': { type: 'string', default: '256' } } });
if (!values.from) throw new Error('--from DIR is required: a folder of gazette output, e.g. from `gazette run ../shared/data/conll2003/testa --out /tmp/testa`');
const articles = Number(values.articles);
const heap = Number(values['heap-mb']);
const base = readdirSync(values.from).filter((f) => f.endsWith('.json')).sort().map((f) => readFileSync(path.join(values.from!, f), 'utf8'));
if (!base.length) throw new Error(`${values.from}: no .json documents`);

const dir = mkdtempSync(path.join(tmpdir(), 'gazette-bench-diff-'));
const oldFile = path.join(dir, 'old.jsonl');
const newFile = path.join(dir, 'new.jsonl');

function write(file: string, order: number[], change: boolean): void {
  const fd = openSync(file, 'w');
  for (const i of order) {
    const doc = JSON.parse(base[i % base.length]);
    doc.document.id = `${doc.document.id}-${i}`;
    if (change && i % 10 === 0 && doc.mentions.length) {
      doc.mentions.pop();
      if (doc.mentions.length) doc.mentions[0].type = doc.mentions[0].type === 'ORG' ? 'GPE' : 'ORG';
    }
    writeSync(fd, `${JSON.stringify(doc)}\n`);
  }
  closeSync(fd);
}

const ids = Array.from({ length: articles }, (_, i) => i);
write(oldFile, ids, false);
write(newFile, ids.reverse(), true);
const sizes = [oldFile, newFile].map((f) => (statSync(f).size / 1e6).toFixed(0));

const BASELINE = `
const { createReadStream } = require('node:fs');
const readline = require('node:readline');
(async () => { for (const f of process.argv.slice(1)) for await (const line of readline.createInterface({ input: createReadStream(f) })) if (line) JSON.parse(line); })();`;

// Loaded into each child: its own CPU time, printed last on stderr as it exits.
const CPU_REPORT = path.join(dir, 'cpu-report.cjs');
writeFileSync(CPU_REPORT, `process.on('exit', () => { const u = process.cpuUsage(); process.stderr.write('\\ncpu ' + (u.user + u.system) / 1e6 + '\\n'); });`);

function timed(args: string[]): { seconds: number; cpu: number; status: number | null; stderr: string } {
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [`--max-old-space-size=${heap}`, '--require', CPU_REPORT, ...args], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const cpu = Number(/\ncpu ([\d.]+)\n$/.exec(run.stderr)?.[1] ?? NaN);
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, cpu, status: run.status, stderr: run.stderr };
}

const baseline = timed(['-e', BASELINE, oldFile, newFile]);
const diff = timed([path.join(import.meta.dirname, '..', 'cli.js'), 'diff', oldFile, newFile, '--json']);
rmSync(dir, { recursive: true, force: true });
if (baseline.status !== 0) throw new Error(`baseline failed: ${baseline.stderr}`);
if (diff.status !== 1) throw new Error(`gazette diff exited ${diff.status}, expected 1: ${diff.stderr}`);
console.log(`${articles} articles a run (OLD ${sizes[0]} MB, NEW ${sizes[1]} MB as JSONL), heap limit ${heap} MB`);
console.log('                                        CPU time          wall time');
console.log(`baseline (read + JSON.parse both runs)  ${baseline.cpu.toFixed(1).padStart(6)} s          ${baseline.seconds.toFixed(1).padStart(6)} s`);
console.log(`gazette diff --json                     ${diff.cpu.toFixed(1).padStart(6)} s (${(diff.cpu / baseline.cpu).toFixed(2)}×)  ${diff.seconds.toFixed(1).padStart(6)} s (${(diff.seconds / baseline.seconds).toFixed(2)}×)`);
