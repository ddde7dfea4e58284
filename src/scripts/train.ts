// Train the name tagger: npm run train -- [--data eng.train] [--out models/ner.bin.gz] [--epochs 10] [--runs 5] [--scheme BILOU]
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readConllColumns } from '../eval/conll.js';
import type { Scheme } from '../ner/tags.js';
import { trainNer } from '../ner/train.js';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: '../shared/data/conll2003/eng.train' },
    out: { type: 'string', default: 'models/ner.bin.gz' },
    epochs: { type: 'string', default: '10' },
    scheme: { type: 'string', default: 'BILOU' },
    seed: { type: 'string', default: '1' },
    runs: { type: 'string', default: '5' },
    folds: { type: 'string', default: '10' },
    prune: { type: 'string', default: '0.05' },
  },
});

const t0 = performance.now();
const articles = readConllColumns(values.data);
const model = trainNer(articles, {
  scheme: values.scheme as Scheme,
  epochs: Number(values.epochs),
  seed: Number(values.seed),
  runs: Number(values.runs),
  folds: Number(values.folds),
  prune: Number(values.prune),
  log: (msg) => console.error(`[${((performance.now() - t0) / 1000).toFixed(1)}s] ${msg}`),
});
writeFileSync(values.out, model);
console.error(`wrote ${values.out}: ${(model.length / 1e6).toFixed(2)} MB in ${((performance.now() - t0) / 1000).toFixed(1)}s`);
