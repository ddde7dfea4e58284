// Speed of the name model and the tokenizer against another tree's, in one process, interleaved
// article by article so that the load of a shared machine falls on both alike. The name model is
// timed on articles it has not seen (a fresh model each round, as in a batch of new articles, where
// most word forms are new to it at first), on the same articles again (its caches warm), and on them
// once more with the processor's caches emptied before each article (in the pipeline the other
// stages push the model's tables and word arrays out of them between its turns); both sides tag the
// same tokens (this tree's). Ratios are the other tree's time / this tree's.
//
// Usage: node dist/scripts/bench-names.js --tree OLD [--dir FOLDER] [--rounds N] [--clock wall|cpu]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Candidate, Doc } from '../document.js';
import { recognizeNames } from '../ner/index.js';
import { decodeModel, type NerModel } from '../ner/model.js';
import { tokenize } from '../text/tokenize.js';
import { againstTree, moduleOf, showRatios, time } from './against-tree.js';

interface Side {
  tokenize: typeof tokenize;
  recognizeNames: (doc: Doc, model: NerModel) => Candidate[];
  /** A model with empty caches. */
  freshModel: () => NerModel;
}

async function sideOf(tree: string | undefined): Promise<Side> {
  const root = tree ?? '.';
  const ner = await moduleOf(tree, 'ner/index.js', { recognizeNames });
  const model = await moduleOf(tree, 'ner/model.js', { decodeModel });
  const text = await moduleOf(tree, 'text/tokenize.js', { tokenize });
  const file = readFileSync(path.resolve(root, 'models/ner.bin.gz'));
  return { tokenize: text.tokenize, recognizeNames: ner.recognizeNames, freshModel: () => model.decodeModel(file) };
}

/** Larger than this machine's caches: reading through it leaves none of the model's data in them. */
const EVICTION = new Float64Array(4 << 20);
let evicted = 0;

/** Reads a number from every 64-byte line of EVICTION (not timed). */
function evictCaches(): void {
  for (let i = 0; i < EVICTION.length; i += 8) evicted += EVICTION[i];
}

async function main(): Promise<void> {
  const { tree, texts, rounds, clock } = againstTree('bench-names');
  const sides = [await sideOf(undefined), await sideOf(tree)];
  const docs = texts.map((text, id) => ({ ...({ id, text } as unknown as Doc), ...tokenize(text) }));
  const ratios = { tokenize: [] as number[], unseen: [] as number[], seen: [] as number[], cold: [] as number[] };
  for (let r = -1; r < rounds; r++) {
    const models = sides.map((s) => s.freshModel());
    const t = { tokenize: [0, 0], unseen: [0, 0], seen: [0, 0], cold: [0, 0] };
    for (const pass of ['unseen', 'seen', 'cold'] as const) {
      docs.forEach((doc, i) => {
        for (const k of (i + r) % 2 ? [0, 1] : [1, 0]) {
          if (pass === 'unseen') t.tokenize[k] += time(() => sides[k].tokenize(doc.text), clock);
          if (pass === 'cold') evictCaches();
          t[pass][k] += time(() => sides[k].recognizeNames(doc, models[k]), clock);
        }
      });
    }
    if (r < 0) continue; // warm-up
    for (const part of ['tokenize', 'unseen', 'seen', 'cold'] as const) ratios[part].push(t[part][1] / t[part][0]);
  }
  console.log(`${texts.length} articles; ${tree} / this tree, median of ${ratios.seen.length} interleaved rounds:`);
  console.log(`  tokenize                               ${showRatios(ratios.tokenize)}`);
  console.log(`  name model, articles it has not seen   ${showRatios(ratios.unseen)}`);
  console.log(`  name model, the same articles again    ${showRatios(ratios.seen)}`);
  console.log(`  the same, caches emptied before each   ${showRatios(ratios.cold)}`);
}

main().catch((e: Error) => {
  console.error(e.message);
  process.exit(1);
});
