// Train the name tagger: npm run train -- [--data eng.train] [--out models/ner.bin.gz] [--epochs 10] [--runs 5]
//   [--scheme BILOU] [--seed 1] [--folds 10] [--prune 0.05]
// The shipped model was trained before tokenization was a pure function of the text (README, Quality).
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readConllColumns, type ConllArticle } from '../gold/conll.js';
import type { Scheme } from '../ner/tags.js';
import { trainNer } from '../ner/train.js';

function fail(reason: string): never {
  console.error(`train: ${reason}`);
  process.exit(1);
}

const OPTIONS = {
  data: { type: 'string', default: '../shared/data/conll2003/eng.train' },
  out: { type: 'string', default: 'models/ner.bin.gz' },
  epochs: { type: 'string', default: '10' },
  scheme: { type: 'string', default: 'BILOU' },
  seed: { type: 'string', default: '1' },
  runs: { type: 'string', default: '5' },
  folds: { type: 'string', default: '10' },
  prune: { type: 'string', default: '0.05' },
} as const;

function parse() {
  try {
    return parseArgs({ options: OPTIONS }).values;
  } catch (e) {
    return fail((e as Error).message);
  }
}
const values = parse();

/** A whole-number option, at least `min`. */
function whole(name: 'epochs' | 'seed' | 'runs' | 'folds', min: number): number {
  const n = Number(values[name]);
  if (!Number.isInteger(n) || n < min) fail(`--${name} ${values[name]}: not a whole number of at least ${min}`);
  return n;
}

const SCHEMES: readonly string[] = ['BIO', 'BILOU'] satisfies Scheme[];
if (!SCHEMES.includes(values.scheme)) fail(`--scheme ${values.scheme}: not one of ${SCHEMES.join(', ')}`);
const prune = Number(values.prune);
if (!(prune >= 0)) fail(`--prune ${values.prune}: not a number of at least 0`);
const options = { scheme: values.scheme as Scheme, epochs: whole('epochs', 1), seed: whole('seed', 0), runs: whole('runs', 1), folds: whole('folds', 2), prune };

function readArticles(): ConllArticle[] {
  try {
    return readConllColumns(values.data);
  } catch (e) {
    return fail(`--data ${values.data}: cannot read it (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}

const t0 = performance.now();
const articles = readArticles();
const model = trainNer(articles, {
  ...options,
  log: (msg) => console.error(`[${((performance.now() - t0) / 1000).toFixed(1)}s] ${msg}`),
});
writeFileSync(values.out, model);
console.error(`wrote ${values.out}: ${(model.length / 1e6).toFixed(2)} MB in ${((performance.now() - t0) / 1000).toFixed(1)}s`);
