// What the benches that time this tree against another in one process share (bench-names,
// bench-rules; bench takes the modules, the timer and the medians): the command line, the texts, the
// other tree's modules, a timer and the rounds' median.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';

export interface AgainstTree {
  /** The other tree, built. */
  tree: string;
  texts: string[];
  rounds: number;
}

/** `--tree OLD [--dir FOLDER] [--rounds N]`, and the .txt articles of the folder. */
export function againstTree(bench: string): AgainstTree {
  const { values } = parseArgs({ options: { tree: { type: 'string' }, dir: { type: 'string', default: '../shared/data/conll2003/testa' }, rounds: { type: 'string', default: '5' } } });
  if (!values.tree) throw new Error(`${bench}: --tree OLD (a built tree to compare with) is required`);
  const texts = readdirSync(values.dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(path.join(values.dir, f), 'utf8'));
  return { tree: values.tree, texts, rounds: Number(values.rounds) };
}

/** A module of the other tree's build, or this tree's own (`local`) when `tree` is undefined. */
export async function moduleOf<T>(tree: string | undefined, file: string, local: T): Promise<T> {
  return tree ? ((await import(pathToFileURL(path.resolve(tree, 'dist', file)).href)) as T) : local;
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The median and each round's ratio, for the report. */
export const showRatios = (xs: number[]) => `${median(xs).toFixed(2)}x (per round: ${xs.map((x) => x.toFixed(2)).join(', ')})`;

export function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}
