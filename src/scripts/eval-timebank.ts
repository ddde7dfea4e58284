// Scores the timex recognizer and normalizer on TimeBank (TempEval-3 style).
// Usage: node dist/scripts/eval-timebank.js [DIR] [--errors] [--min-confidence=0.4]
//   DIR defaults to ../shared/data/timebank, beside the checkout, as in the README.
import { evaluateTimexRules } from '../eval/timeml.js';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--')) ?? '../shared/data/timebank';
const given = args.find((a) => a.startsWith('--min-confidence='))?.split('=')[1];
const minConfidence = given === undefined ? undefined : Number(given);
const { score, errors } = evaluateTimexRules(dir, minConfidence);

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
console.log(`TimeBank ${dir}: ${score.gold} gold, ${score.predicted} predicted (min confidence ${minConfidence ?? 'default'})`);
console.log(row('strict', score.strict));
console.log(row('relaxed', score.relaxed));
console.log(row('value', score.value));
