// Speed of the name model and the tokenizer against another tree's, in one process, interleaved
// article by article so that the load of a shared machine falls on both alike. The name model is
// timed on articles it has not seen (a fresh model each round, as in a batch of new articles, where
// most word forms are new to it at first) and on the same articles again (its caches warm); both
// sides tag the same tokens (this tree's). Ratios are the other tree's time / this tree's.
//
// Usage: node dist/scripts/bench-names.js --tree OLD [--dir FOLDER] [--rounds N]
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import type { Candidate, Doc } from '../document.js';
import { recognizeNames } from '../ner/index.js';
import { decodeModel, type NerModel } from '../ner/model.js';
import { tokenize } from '../text/tokenize.js';

interface Side {
  tokenize: typeof tokenize;
  recognizeNames: (doc: Doc, model: NerModel) => Candidate[];
  /** A model with empty caches. */
  freshModel: () => NerModel;
}

async function sideOf(tree: string | undefined): Promise<Side> {
  const root = tree ?? '.';
  const load = async <T>(file: string, local: T): Promise<T> => (tree ? ((await import(pathToFileURL(path.resolve(tree, 'dist', file)).href)) as T) : local);
  const ner = await load('ner/index.js', { recognizeNames });
  const model = await load('ner/model.js', { decodeModel });
  const text = await load('text/tokenize.js', { tokenize });
  const file = readFileSync(path.resolve(root, 'models/ner.bin.gz'));
  return { tokenize: text.tokenize, recognizeNames: ner.recognizeNames, freshModel: () => model.decodeModel(file) };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { tree: { type: 'string' }, dir: { type: 'string', default: '../shared/data/conll2003/testa' }, rounds: { type: 'string', default: '5' } } });
  if (!values.tree) throw new Error('bench-names: --tree OLD (a built tree to compare with) is required');
  const texts = readdirSync(values.dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(path.join(values.dir, f), 'utf8'));
  const sides = [await sideOf(undefined), await sideOf(values.tree)];
  const docs = texts.map((text, id) => ({ ...({ id, text } as unknown as Doc), ...tokenize(text) }));
  const ratios = { tokenize: [] as number[], unseen: [] as number[], seen: [] as number[] };
  for (let r = -1; r < Number(values.rounds); r++) {
    const models = sides.map((s) => s.freshModel());
    const t = { tokenize: [0, 0], unseen: [0, 0], seen: [0, 0] };
    for (const pass of ['unseen', 'seen'] as const) {
      docs.forEach((doc, i) => {
        for (const k of (i + r) % 2 ? [0, 1] : [1, 0]) {
          if (pass === 'unseen') t.tokenize[k] += time(() => sides[k].tokenize(doc.text));
          t[pass][k] += time(() => sides[k].recognizeNames(doc, models[k]));
        }
      });
    }
    if (r < 0) continue; // warm-up
    for (const part of ['tokenize', 'unseen', 'seen'] as const) ratios[part].push(t[part][1] / t[part][0]);
  }
  const show = (xs: number[]) => `${median(xs).toFixed(2)}x (per round: ${xs.map((x) => x.toFixed(2)).join(', ')})`;
  console.log(`${texts.length} articles; ${values.tree} / this tree, median of ${ratios.seen.length} interleaved rounds:`);
  console.log(`  tokenize                               ${show(ratios.tokenize)}`);
  console.log(`  name model, articles it has not seen   ${show(ratios.unseen)}`);
  console.log(`  name model, the same articles again    ${show(ratios.seen)}`);
}

main().catch((e: Error) => {
  console.error(e.message);
  process.exit(1);
});
