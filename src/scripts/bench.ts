// Speed against a baseline timed in the same command, interleaved (article by article in one
// process, round by round for whole processes) so that the drift of a shared machine cannot skew
// a ratio. Words are `wc -w` words of the article texts.
//
// What it times and its options: USAGE below (`npm run bench -- --help`).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import nlp from 'compromise';
import { loadConfig } from '../config.js';
import { createPipeline } from '../pipeline.js';
import { CLOCK_TICKS, procStat } from '../runner/proc-stat.js';
import { clockOf, median, moduleOf, showRatios, time, type Clock } from './against-tree.js';

const USAGE = `Usage: npm run bench -- [--only process|run|startup|linearity] [--dir FOLDER] [--rounds N]
                          [--articles N] [--workers LIST] [--out folder|jsonl] [--cli OTHER/dist/cli.js]...
                          [--tree OTHER] [--clock wall|cpu]

Times gazette against compromise (and against another build) in the same command, interleaved,
and prints ratios with each round's figure. Words are \`wc -w\` words of the article texts.

  process    the whole pipeline with its JSON in one process, article by article, against
             compromise's nlp(text).json(), then each alone for a whole pass of the articles
             in every round; --tree OTHER adds OTHER's pipeline (a checkout with its dist/
             built) and the quotient of the two, article by article
  run        \`gazette run\` as a whole process over --articles articles (the folder's texts
             repeated), for each --workers value (default auto) and each --cli OTHER build, each
             against compromise's in-process parse of the same texts, and each --cli build
             against this tree's first --workers run, round by round
  startup    \`gazette --help\` and \`gazette run\` of one article (the folder's first) as whole
             processes, this tree and each --cli OTHER build in turn, 5 × --rounds times, and
             each --cli build's time over this tree's, round by round
  linearity  time per word of a 1 MB article against a 10 KB one

Options:
  --only PART      one of the four parts (default: all)
  --dir FOLDER     the articles' .txt files (default: ../shared/data/conll2003/testa)
  --rounds N       interleaved rounds; medians are printed (default: 3)
  --articles N     articles of the whole-process run (default: 1800)
  --workers LIST   comma-separated --workers values for the whole-process run (default: auto)
  --out KIND       what the whole-process run writes: a folder of files, one an article (default),
                   or one JSONL file
  --cli FILE       another build's dist/cli.js to time as a whole process, run in that build's folder (repeatable)
  --tree DIR       another checkout, built, to time in one process
  --clock CLOCK    what every part times by: wall (default) or CPU time, which a loaded machine
                   stretches less (a wait for a core is not counted); for whole processes (run,
                   startup) the CPU of all their threads, V8's compiler and file threads too, read
                   from Linux's /proc in 10 ms ticks: the cost per core, where the wall clock gives
                   the time a user waits
  -h, --help       this text

Example: npm run bench -- --only run --rounds 5 --cli /tmp/main/dist/cli.js`;

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const k = (x: number) => `${Math.round(x / 1000)}k words/s`;

const seconds = (fn: () => void, clock: Clock = 'wall') => time(fn, clock) / 1000;

/**
 * Runs a build's command line as a whole process in that build's folder, so that it reads its own config, model
 * and registry; the seconds it took by the clock (its CPU: every thread's, user and system).
 */
function runCli(cli: string, args: string[], clock: Clock = 'wall'): number {
  const before = clock === 'cpu' ? childrenCpu() : performance.now();
  const done = spawnSync(process.execPath, [path.resolve(cli), ...args], { cwd: path.resolve(path.dirname(cli), '..'), encoding: 'utf8', env: { ...process.env, LOG_LEVEL: 'silent' } });
  const took = clock === 'cpu' ? childrenCpu() - before : (performance.now() - before) / 1000;
  if (done.status !== 0) throw new Error(`${cli} ${args.join(' ')}: ${done.stdout}${done.stderr}`);
  return took;
}

/**
 * Seconds of CPU this process's finished children have used (cutime and cstime of /proc/self/stat, which a child's
 * every thread adds to once it has been waited for). Node reports no child's resource use.
 */
function childrenCpu(): number {
  const fields = procStat('self');
  if (!fields) throw new Error('bench: --clock cpu for whole processes reads /proc/self/stat, which only Linux has: use --clock wall');
  return (Number(fields[13]) + Number(fields[14])) / CLOCK_TICKS;
}

type Annotate = (text: string) => string;

/** The whole pipeline with JSON out, of this build or of another tree's (its config, model and registry). */
async function pipelineOf(tree?: string): Promise<Annotate> {
  const { loadConfig: config } = await moduleOf(tree, 'config.js', { loadConfig });
  const { createPipeline: create } = await moduleOf(tree, 'pipeline.js', { createPipeline });
  const pipeline = create(config(tree ? path.resolve(tree, 'pipeline.config.json') : 'pipeline.config.json'));
  return (text) => JSON.stringify(pipeline.annotate({ text }, { file: 'bench' }, 'bench'));
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', default: '../shared/data/conll2003/testa' },
      rounds: { type: 'string', default: '3' },
      articles: { type: 'string', default: '1800' },
      workers: { type: 'string', default: 'auto' },
      out: { type: 'string', default: 'folder' },
      cli: { type: 'string', multiple: true, default: [] },
      only: { type: 'string' },
      tree: { type: 'string' },
      clock: { type: 'string', default: 'wall' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (values.out !== 'folder' && values.out !== 'jsonl') throw new Error(`--out must be folder or jsonl, got "${values.out}"`);
  const lines = values.out === 'jsonl';
  const rounds = Number(values.rounds);
  const clock = clockOf('bench', values.clock);
  const texts = readdirSync(values.dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(path.join(values.dir, f), 'utf8'));
  const totalWords = texts.reduce((n, t) => n + words(t), 0);
  const gazette = await pipelineOf();
  const compromise = (text: string) => nlp(text).json();
  const part = (name: string) => !values.only || values.only === name;

  if (part('process')) {
    const other = values.tree ? await pipelineOf(values.tree) : undefined;
    for (const t of texts) { gazette(t); compromise(t); other?.(t); } // warm-up
    const ratios: number[] = [];
    const otherRatios: number[] = [];
    const rates: number[] = [];
    const base: number[] = [];
    const soloRatios: number[] = [];
    const soloRates: number[] = [];
    const soloBases: number[] = [];
    for (let r = 0; r < rounds; r++) {
      // Interleaved article by article, so that the load of a shared machine, which changes from
      // one second to the next, falls on each side alike.
      let g = 0;
      let c = 0;
      let o = 0;
      for (const t of texts) {
        g += seconds(() => gazette(t), clock);
        c += seconds(() => compromise(t), clock);
        if (other) o += seconds(() => other(t), clock);
      }
      if (other) otherRatios.push(c / o);
      rates.push(totalWords / g);
      base.push(totalWords / c);
      ratios.push(c / g);
      // Then each alone for a whole pass, which side first alternating by round: what a process
      // running only one of them sees, its caches and heap not shared with the other's.
      const pass = (fn: (text: string) => unknown) => seconds(() => { for (const t of texts) fn(t); }, clock);
      let solo: number;
      let soloBase: number;
      if (r % 2) { solo = pass(gazette); soloBase = pass(compromise); } else { soloBase = pass(compromise); solo = pass(gazette); }
      soloRates.push(totalWords / solo);
      soloBases.push(totalWords / soloBase);
      soloRatios.push(soloBase / solo);
    }
    console.log(`in one process: ${texts.length} articles, ${totalWords} words, median of ${rounds} interleaved rounds`);
    console.log(`  gazette whole pipeline + JSON  ${k(median(rates))}`);
    console.log(`  compromise nlp(text).json()    ${k(median(base))}`);
    console.log(`  ratio ${showRatios(ratios)}`);
    console.log(`  each alone for whole passes: gazette ${k(median(soloRates))}, compromise ${k(median(soloBases))}, ratio ${showRatios(soloRatios)}`);
    if (other) {
      console.log(`  ${values.tree} ratio ${showRatios(otherRatios)}`);
      console.log(`  this tree / ${values.tree}: ${median(ratios.map((x, i) => x / otherRatios[i])).toFixed(2)}x (median of the rounds' quotients)`);
    }
  }

  if (part('run')) {
    const n = Number(values.articles);
    const folder = mkdtempSync(path.join(tmpdir(), 'gazette-bench-'));
    const batch = Array.from({ length: n }, (_, i) => texts[i % texts.length]);
    batch.forEach((t, i) => writeFileSync(path.join(folder, `a${String(i).padStart(5, '0')}.txt`), t));
    const batchWords = batch.reduce((sum, t) => sum + words(t), 0);
    const runs = [
      ...values.workers.split(',').map((w) => ({ name: `gazette run --workers ${w}`, cli: 'dist/cli.js', workers: w })),
      ...values.cli.map((cli) => ({ name: `${cli} run`, cli, workers: undefined })),
    ];
    const ratios = new Map<string, number[]>(runs.map((r) => [r.name, []]));
    const times = new Map<string, number[]>(runs.map((r) => [r.name, []]));
    for (let r = 0; r < rounds; r++) {
      // Every other round in reverse order, so that a drifting load favours no run.
      for (const run of r % 2 ? [...runs].reverse() : runs) {
        const out = path.join(folder, `out-${r}${lines ? '.jsonl' : ''}`);
        const g = runCli(run.cli, ['run', folder, '--out', out, ...(run.workers && run.workers !== 'auto' ? ['--workers', run.workers] : [])], clock);
        rmSync(out, { recursive: true, force: true });
        const c = seconds(() => { for (const t of batch) compromise(t); }, clock);
        ratios.get(run.name)!.push(c / g);
        times.get(run.name)!.push(g);
      }
    }
    rmSync(folder, { recursive: true, force: true });
    console.log(`whole process: ${n} articles, ${batchWords} words, written to ${lines ? 'one JSONL file' : 'a folder'}, against compromise's in-process parse, median of ${rounds} interleaved rounds, ${clock === 'cpu' ? 'CPU of all threads' : 'wall clock'}`);
    for (const [name, xs] of ratios) console.log(`  ${name.padEnd(40)} ${showRatios(xs)}`);
    // Each other build against this tree's first run, timed next to it in the same round.
    const ours = times.get(runs[0].name)!;
    for (const other of runs.slice(values.workers.split(',').length)) {
      console.log(`  ${runs[0].name} / ${other.name}: ${showRatios(times.get(other.name)!.map((t, i) => t / ours[i]))}`);
    }
  }

  if (part('startup')) {
    const folder = mkdtempSync(path.join(tmpdir(), 'gazette-startup-'));
    writeFileSync(path.join(folder, 'a.txt'), texts[0]);
    const builds = ['dist/cli.js', ...values.cli];
    const commands = [['--help'], ['run', path.join(folder, 'a.txt'), '--out', path.join(folder, 'out'), '--force', '--quiet']];
    // times[command][build]: one figure a round. Start-up is short and the load of a shared machine
    // swings, so there are more rounds, each build in turn, every other round in reverse order.
    const times = commands.map(() => builds.map(() => [] as number[]));
    for (let r = 0; r < rounds * 5; r++) {
      const order = builds.map((_, b) => b);
      for (const b of r % 2 ? order.reverse() : order) commands.forEach((args, c) => times[c][b].push(runCli(builds[b], args, clock)));
    }
    rmSync(folder, { recursive: true, force: true });
    console.log(`start-up as a whole process, median of ${rounds * 5} rounds, ${clock === 'cpu' ? 'CPU of all threads' : 'wall clock'}`);
    commands.forEach((args, c) => {
      console.log(`  gazette ${args[0]}${args[0] === 'run' ? ' (one article)' : ''}: this tree ${median(times[c][0]).toFixed(3)} s`);
      builds.slice(1).forEach((cli, k) => console.log(`    ${cli} ${median(times[c][k + 1]).toFixed(3)} s; it / this tree ${showRatios(times[c][k + 1].map((t, i) => t / times[c][0][i]))}`));
    });
  }

  if (part('linearity')) {
    const joined = texts.join('\n\n');
    const article = (bytes: number) => joined.repeat(Math.ceil(bytes / joined.length)).slice(0, bytes);
    const small = article(10_000);
    const large = article(1_000_000);
    for (let i = 0; i < 20; i++) gazette(small); // warm-up
    const perWord = (text: string, times: number) => median(Array.from({ length: times }, () => seconds(() => gazette(text), clock))) / words(text);
    const smallPerWord = perWord(small, 21);
    const largePerWord = perWord(large, Math.max(1, Math.min(3, rounds)));
    console.log(`linearity: time per word of a 1 MB article / of a 10 KB one = ${(largePerWord / smallPerWord).toFixed(2)} (${(smallPerWord * 1e6).toFixed(1)} µs and ${(largePerWord * 1e6).toFixed(1)} µs a word)`);
  }
}

await main();
