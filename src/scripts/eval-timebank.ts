// Scores the timex recognizer and normalizer on TimeBank (TempEval-3 style).
// Usage: node dist/scripts/eval-timebank.js [DIR] [--errors]
import type { Doc, Mention } from '../document.js';
import { evaluateTimemlDir, type TimemlDoc, type TimexSpan } from '../eval/timeml.js';
import { tokenize } from '../stages/tokenize.js';
import { normalizeTimex, recognizeTimexes } from '../timex/index.js';

function predict(g: TimemlDoc): TimexSpan[] {
  const { tokens, sentences } = tokenize(g.text);
  const doc: Doc = {
    article: { id: g.id ?? '', published: g.dct, text: g.text }, origin: { file: g.id ?? '' }, sha256: '',
    text: g.text, tokens, sentences, candidates: [], mentions: [], entities: [],
  };
  const sentenceOf = (offset: number) => tokens.find((t) => t.end > offset)?.sentence ?? 0;
  doc.candidates = recognizeTimexes(doc);
  doc.mentions = doc.candidates.map((c): Mention => ({ ...c, sentence: sentenceOf(c.start) }));
  return doc.mentions.map((m) => {
    const n = normalizeTimex(doc, m);
    return { start: n.start, end: n.end, value: typeof n.value === 'string' ? n.value : undefined, type: n.attrs?.timex?.type, text: g.text.slice(n.start, n.end) };
  });
}

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--')) ?? '/work/shared/data/timebank';
const { score, errors } = evaluateTimemlDir(dir, predict);

if (args.includes('--errors')) {
  for (const e of errors) {
    for (const m of e.missed) console.log(`MISS\t${e.id}\t${JSON.stringify(m.text)}\t${m.value}`);
    for (const s of e.spurious) console.log(`FALSE\t${e.id}\t${JSON.stringify(s.text)}\t${s.value}`);
    for (const { gold, pred } of e.mismatched) {
      const kind = gold.start !== pred.start || gold.end !== pred.end ? 'SPAN' : 'VALUE';
      console.log(`${kind}\t${e.id}\t${JSON.stringify(gold.text)}\t${gold.value}\t${JSON.stringify(pred.text)}\t${pred.value}`);
    }
  }
}
const row = (name: string, s: { precision: number; recall: number; f1: number }) =>
  `${name.padEnd(8)} P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}`;
console.log(`TimeBank ${dir}: ${score.gold} gold, ${score.predicted} predicted`);
console.log(row('strict', score.strict));
console.log(row('relaxed', score.relaxed));
console.log(row('value', score.value));
