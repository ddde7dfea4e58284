// compromise's number reading scored on Duckling's corpus by the scorer `gazette eval` uses, so
// the two can be compared on the same cases: node dist/scripts/duckling-compromise.js [DIR]
// (default ../shared/data/duckling). compromise without its dates plugin reads no time
// expressions, so only the number categories compare.
import nlp from 'compromise';
import { readDuckling } from '../gold/duckling.js';
import { formatDucklingScore, scoreDuckling, type DucklingPrediction } from '../eval/duckling.js';

/** compromise's numbers in a text, labelled the way gazette labels them. */
function compromiseNumbers(text: string): DucklingPrediction[] {
  const found: DucklingPrediction[] = [];
  nlp(text).numbers().forEach((m) => {
    const [json] = m.json() as { text: string; number?: { num: number; prefix: string; suffix: string; unit: string } }[];
    if (!json?.number) return;
    const { num, suffix, unit } = json.number;
    const type = m.has('#Money') ? 'MONEY' : suffix === '%' || m.has('#Percent') ? 'PERCENT' : m.has('#Ordinal') ? 'ORDINAL' : unit ? 'QUANTITY' : 'CARDINAL';
    found.push({ type, text: json.text, value: num });
  });
  return found;
}

const { cases, otherLocales } = readDuckling(process.argv[2] ?? '../shared/data/duckling');
console.log('compromise', (nlp as unknown as { version: string }).version, '(numbers only: no dates plugin)');
console.log(formatDucklingScore(scoreDuckling(cases, (c) => compromiseNumbers(c.text), otherLocales)));
