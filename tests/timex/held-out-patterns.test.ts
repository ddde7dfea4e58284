// Issue 13's list of what goes wrong on held-out news, each pattern with sentences written for
// this test (other words than the examples): the rule must fit the pattern, not one phrase.
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

table('weekdays: a modal looks ahead, unless negated or perfect (DCT Wednesday 2021-05-12)', '2021-05-12', [
  ['Negotiators said a deal could come as early as Monday.', [['Monday', '2021-05-17']]],
  ['The agency said it should finish the repairs by Friday.', [['Friday', '2021-05-14']]],
  ['The committee indicated it might vote on Tuesday.', [['Tuesday', '2021-05-18']]],
  ['Aides said the governor was expected to sign the bill Monday.', [['Monday', '2021-05-17']]],
  ['A spokesman could not be reached for comment on Monday.', [['Monday', '2021-05-10']]],
  ['The fire could have started on Sunday, investigators said.', [['Sunday', '2021-05-09']]],
  ['The minister is to visit Kabul on Sunday.', [['Sunday', '2021-05-16']]],
  ['Voters go to the polls on Sunday.', [['Sunday', '2021-05-16']]],
  ['The rebels freed two hostages Monday.', [['Monday', '2021-05-10']]],
]);

table('weekdays: a possessive day is no approximation (DCT Wednesday 2021-05-12)', '2021-05-12', [
  ['Traders worried about Tuesday\'s sell-off.', [['Tuesday', '2021-05-11']]],
  ['The coach spoke around Monday\'s game, aides said.', [['Monday', '2021-05-10']]],
]);

table('weekdays: a future verb in a Saturday story looks ahead (DCT Saturday 2021-05-15)', '2021-05-15', [
  ['Schools will reopen on Monday.', [['Monday', '2021-05-17']]],
  ['Thousands of fans will gather at the stadium on Thursday.', [['Thursday', '2021-05-20']]],
  ['The team played its last match on Friday.', [['Friday', '2021-05-14']]],
]);

table('month and day without a year: an incident noun, a perfect or "since" put it before the DCT (DCT 2021-05-12)', '2021-05-12', [
  ['Investigators are still examining the Nov. 8 explosion.', [['Nov. 8', '2020-11-08']]],
  ['Tensions have simmered in the wake of the Oct. 30 shooting.', [['Oct. 30', '2020-10-30']]],
  ['Since the Sept. 12 vote, the party has lost support.', [['Sept. 12', '2020-09-12']]],
  ['Relatives gathered to remember the Nov. 25 massacre.', [['Nov. 25', '2020-11-25']]],
  ['Oil prices have come down from the middle of October.', [['the middle of October', '2020-10', 'DATE', 'MID']]],
  ['The Nov. 3 election will decide the seat.', [['Nov. 3', '2021-11-03']]],
]);
