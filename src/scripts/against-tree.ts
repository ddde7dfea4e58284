// What the benches that time this tree against another in one process share (bench-names,
// bench-rules, bench-resolve; bench takes the modules, the timer and the medians): the command line, the
// texts, the other tree's modules, this tree's stages to prepare the documents, a timer, an interleaved
// round and the rounds' median.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { loadConfig } from '../config.js';
import type { Doc } from '../document.js';
import { STAGES } from '../pipeline.js';
import { loadResources, type Resources } from '../resources.js';
import { ingest } from '../stages/ingest.js';

export interface AgainstTree {
  /** The other tree, built. */
  tree: string;
  texts: string[];
  rounds: number;
  clock: Clock;
}

/** `--tree OLD [--dir FOLDER] [--rounds N] [--clock wall|cpu]`, and the .txt articles of the folder. */
export function againstTree(bench: string): AgainstTree {
  const { values } = parseArgs({ options: { tree: { type: 'string' }, dir: { type: 'string', default: '../shared/data/conll2003/testa' }, rounds: { type: 'string', default: '5' }, clock: { type: 'string', default: 'wall' } } });
  if (!values.tree) throw new Error(`${bench}: --tree OLD (a built tree to compare with) is required`);
  const texts = readdirSync(values.dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(path.join(values.dir, f), 'utf8'));
  return { tree: values.tree, texts, rounds: Number(values.rounds), clock: clockOf(bench, values.clock) };
}

/**
 * What a bench times by: wall time, or the process's CPU time (user and system, every thread). On a
 * shared machine a thread that waits for a core is charged the wait by the wall clock, a whole time
 * slice on an article of a tenth of a millisecond, so single rounds swing several-fold; the CPU
 * clock does not count the wait.
 */
export type Clock = 'wall' | 'cpu';

export function clockOf(bench: string, name: string): Clock {
  if (name !== 'wall' && name !== 'cpu') throw new Error(`${bench}: --clock ${name}: wall or cpu`);
  return name;
}

/** A module of the other tree's build, or this tree's own (`local`) when `tree` is undefined. */
export async function moduleOf<T>(tree: string | undefined, file: string, local: T): Promise<T> {
  return tree ? ((await import(pathToFileURL(path.resolve(tree, 'dist', file)).href)) as T) : local;
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The median and each round's ratio, for the report. */
export const showRatios = (xs: number[]) => `${median(xs).toFixed(2)}x (per round: ${xs.map((x) => x.toFixed(2)).join(', ')})`;

/** Milliseconds `fn` takes by the clock. */
export function time(fn: () => void, clock: Clock = 'wall'): number {
  if (clock === 'cpu') {
    const c0 = process.cpuUsage();
    fn();
    const c = process.cpuUsage(c0);
    return (c.user + c.system) / 1000;
  }
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/** This tree's resources, and its stages of those names run on an article: the documents both sides read. */
export function preparing(): { resources: Resources; prepare: (text: string, i: number, stages: readonly string[]) => Doc; more: (doc: Doc, stages: readonly string[]) => Doc } {
  const resources = loadResources(loadConfig('pipeline.config.json'));
  const options = { recognizers: ['model', 'registry', 'timex', 'numbers'] };
  const more = (doc: Doc, names: readonly string[]) => STAGES.filter((s) => names.includes(s.name)).reduce((d, s) => s.run(d, resources, options), doc);
  return { resources, more, prepare: (text, i, names) => more(ingest({ text }, { file: `bench-${i}` }, `bench-${i}`), names) };
}

/**
 * One round over the documents, the two sides (this tree's, the other's) taking turns at going first
 * article by article, so that the load of a shared machine falls on both alike: the other's time / this tree's.
 */
export function interleavedRound<D>(docs: readonly D[], round: number, sides: readonly [(doc: D) => unknown, (doc: D) => unknown], clock: Clock = 'wall'): number {
  const t = [0, 0];
  docs.forEach((doc, i) => {
    for (const k of (i + round) % 2 ? [0, 1] : [1, 0]) t[k] += time(() => sides[k](doc), clock);
  });
  return t[1] / t[0];
}
