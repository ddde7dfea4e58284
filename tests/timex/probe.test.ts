import { it } from 'vitest';
import { makeDoc } from '../numbers/make-doc.js';
import { timexes } from './timex-doc.js';
import { recognizeNumbers } from '../../src/numbers/index.js';
it('probe', () => {
  const cases: [string, string][] = JSON.parse(process.env.PROBE ?? '[]');
  for (const [s, d] of cases) {
    const doc = makeDoc(s, d);
    if (process.env.POS) console.log(doc.tokens.map((t) => `${t.text}/${t.pos}`).join(' '));
    console.log(s, '=>', JSON.stringify(timexes(s, d).map((x) => [x.text, x.value, x.type])));
  }
});
