// Split a CoNLL-2003 file by document into a training part and two held-out folds, for an honest
// estimate of the name rules on news they were never tuned on:
//   node dist/scripts/conll-folds.js [--data eng.train] [--out DIR] [--part 0.85]
// writes DIR/part.conll (the first 85% of the documents), DIR/foldA.conll and DIR/foldB.conll (the rest, in two
// halves). Train on the part (npm run train -- --data DIR/part.conll --out DIR/part.bin.gz --clusters-from
// models/ner.bin.gz) and score the pipeline with that model on the folds (docs/names.md, held-out folds).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const USAGE = 'Usage: node dist/scripts/conll-folds.js [--data FILE] [--out DIR] [--part SHARE]\n' +
  '  --data  a CoNLL-2003 file (default ../shared/data/conll2003/eng.train)\n' +
  '  --out   the folder for part.conll, foldA.conll and foldB.conll (default /tmp/conll-folds)\n' +
  '  --part  the share of the documents in the training part (default 0.85)';

let values: { data: string; out: string; part: string; help?: boolean };
try {
  values = parseArgs({
    options: {
      data: { type: 'string', default: '../shared/data/conll2003/eng.train' },
      out: { type: 'string', default: '/tmp/conll-folds' },
      part: { type: 'string', default: '0.85' },
      help: { type: 'boolean', short: 'h' },
    },
  }).values as typeof values;
} catch (e) {
  console.error(`conll-folds: ${(e as Error).message}\n${USAGE}`);
  process.exit(1);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const share = Number(values.part);
if (!(share > 0 && share < 1)) {
  console.error(`conll-folds: --part ${values.part}: not a number between 0 and 1`);
  process.exit(1);
}
let text: string;
try {
  text = readFileSync(values.data, 'utf8');
} catch (e) {
  console.error(`conll-folds: --data ${values.data}: cannot read it (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  process.exit(1);
}
// Documents open with a -DOCSTART- line; the first may have none.
const documents = text.split(/^(?=-DOCSTART-)/m).filter((d) => /\S/.test(d.replace(/^-DOCSTART-.*$/m, '')));
const withStart = documents.map((d) => (d.startsWith('-DOCSTART-') ? d : `-DOCSTART- -X- -X- O\n\n${d}`));
const a = Math.floor(withStart.length * share);
const b = a + Math.floor((withStart.length - a) / 2);
mkdirSync(values.out, { recursive: true });
for (const [name, docs] of [['part', withStart.slice(0, a)], ['foldA', withStart.slice(a, b)], ['foldB', withStart.slice(b)]] as const) {
  writeFileSync(join(values.out, `${name}.conll`), docs.join(''));
  console.log(`${join(values.out, `${name}.conll`)}: ${docs.length} documents`);
}
