// Score name recognition on CoNLL-2003: node dist/scripts/eval-conll.js [PATH] [--model FILE]
// PATH is a testa/-style folder (conll-NNN.txt + .gold.json) or a four-column IOB file.
import { parseArgs } from 'node:util';
import type { Doc } from '../document.js';
import { evaluateConll, formatScores, readConll } from '../eval/conll.js';
import { loadNerModel, recognizeNames } from '../ner/index.js';
import { tokenize } from '../text/tokenize.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { model: { type: 'string' } },
});
const path = positionals[0] ?? '../shared/data/conll2003/testa';
const model = loadNerModel(values.model);
const articles = readConll(path);
const scores = evaluateConll(articles, (text) => {
  const { tokens, sentences } = tokenize(text);
  const doc = { text, tokens, sentences } as Doc;
  return recognizeNames(doc, model);
});
console.log(`${path}: ${articles.length} articles`);
console.log(formatScores(scores));
