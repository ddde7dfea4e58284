// What V8's optimizing compiler does over a whole run: runs `gazette run FOLDER` (one worker thread) in a
// child process under `--trace-opt --trace-deopt`, whose flags reach every thread of the process, and
// counts the functions compiled, those compiled again after their code was thrown away, and the
// deoptimizations by reason and by place. A function compiled again met an object or array of a hidden
// class its code did not expect ("wrong map"); docs/quality.md ("Speed") tells what was learnt from it.
// Counts, not times, are the figures to compare: the compile times V8 prints are wall times of its
// helper threads, which on a shared machine mostly measure the load. Usage:
//   node dist/scripts/bench-compile.js --dir FOLDER [--cli dist/cli.js] [--top N]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { dir: { type: 'string' }, cli: { type: 'string', default: 'dist/cli.js' }, top: { type: 'string', default: '15' } } });
if (!values.dir) throw new Error('--dir FOLDER is required: a folder of articles, e.g. the 1,800 that `npm run bench -- --only run` writes');
const top = Number(values.top);

const out = mkdtempSync(path.join(tmpdir(), 'gazette-bench-compile-'));
const run = spawnSync(process.execPath, ['--trace-opt', '--trace-deopt', values.cli, 'run', values.dir, '--out', out, '--force', '--quiet', '--workers', '1'], {
  encoding: 'utf8', maxBuffer: 1 << 28,
});
rmSync(out, { recursive: true, force: true });
if (run.status !== 0) throw new Error(`${values.cli} run ${values.dir} failed (exit ${run.status}): ${run.stderr.slice(0, 500)}`);

const count = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
const compiledBy = new Map<string, number>();
const deoptReasons = new Map<string, number>();
const deoptsBy = new Map<string, number>();
let compiles = 0;
let compileMs = 0;
let deopts = 0;
for (const line of run.stdout.split('\n')) {
  // One line per finished compile: "[completed compiling 0x… <JSFunction name (sfi = …)> (target TURBOFAN) - took a, b, c ms]"
  const done = /^\[completed compiling .*?<JSFunction (?:(\S+) )?\(sfi = (\w+)\).*took ([\d.]+), ([\d.]+), ([\d.]+) ms/.exec(line);
  if (done) {
    compiles++;
    compileMs += Number(done[3]) + Number(done[4]) + Number(done[5]);
    count(compiledBy, `${done[1] ?? '(anonymous)'} ${done[2]}`);
    continue;
  }
  const bailout = /^\[bailout \(kind: [^,]+, reason: ([^)]*)\).*?<JSFunction (?:(\S+) )?\(sfi/.exec(line);
  if (bailout) {
    deopts++;
    count(deoptReasons, bailout[1]);
    count(deoptsBy, `${bailout[2] ?? '(anonymous)'}: ${bailout[1]}`);
  }
}
// A function's shared info is one per thread, so the same function in the main thread and the worker counts twice.
const again = [...compiledBy.values()].reduce((sum, n) => sum + n - 1, 0);
const sorted = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]).slice(0, top);
console.log(`${values.cli} run ${values.dir}, one worker thread`);
console.log(`  optimized compiles ${compiles} of ${compiledBy.size} functions (${again} compiled again); deoptimizations ${deopts}`);
console.log(`  compile time as V8 prints it ${(compileMs / 1000).toFixed(2)} s (helper threads' wall time: load-dependent)`);
console.log('  deoptimizations by reason:');
for (const [reason, n] of sorted(deoptReasons)) console.log(`    ${String(n).padStart(4)}  ${reason}`);
console.log('  compiled most often:');
for (const [fn, n] of sorted(compiledBy)) if (n > 1) console.log(`    ${String(n).padStart(4)}  ${fn.split(' ')[0]}`);
console.log('  deoptimizations by function:');
for (const [fn, n] of sorted(deoptsBy)) console.log(`    ${String(n).padStart(4)}  ${fn}`);
