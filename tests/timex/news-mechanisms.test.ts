// General mechanisms of time expressions in newswire, each with sentences written for this test
// (invented news, not taken from TimeBank or any other corpus): the rule must fit the mechanism.
import { describe, expect, it } from 'vitest';
import { timexes } from './timex-doc.js';

type Row = [sentence: string, expected: [span: string, value: string, type?: string, mod?: string][]];

function table(name: string, published: string, rows: Row[]) {
  describe(name, () => {
    it.each(rows)('%s', (sentence, expected) => {
      const found = timexes(sentence, published).map((t) => [t.text, t.value, t.type, t.mod]);
      expect(found).toEqual(expected.map(([span, value, type, mod]) => [span, value, type ?? 'DATE', mod]));
    });
  });
}

table('a passive or an auxiliary carries the tense, not its participle (DCT Wednesday 1999-11-17)', '1999-11-17', [
  ['The missing climber was last seen on Friday.', [['Friday', '1999-11-12']]],
  ['Two of the injured were taken to hospital on Monday.', [['Monday', '1999-11-15']]],
  ['Police said the ransom note was written on Saturday night.', [['Saturday night', '1999-11-13TNI', 'TIME']]],
  ['The envoys did meet on Tuesday, a diplomat said.', [['Tuesday', '1999-11-16']]],
  // The auxiliary of a future keeps looking ahead.
  ['The border crossing will be closed on Friday.', [['Friday', '1999-11-19']]],
  ['The verdict is expected on Monday.', [['Monday', '1999-11-22']]],
]);
