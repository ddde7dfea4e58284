// Calendar words inside names are no time expressions: a month in lower case hyphened to a capitalised word is
// part of a person's name ("Kim Jae-june"), and a capitalised season before a capitalised word opens a name
// ("every Winter Olympics"); elsewhere both still are. And a month before a contract noun is the one a market
// trades for. Invented sentences.
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';
import { sentenceTable as table } from './timex-doc.js';

describe('months inside names', () => {
  it('reads "Jae-june" as part of a name and "mid-june" as a month', () => {
    expect(readMentions('Kim Jae-june, executive vice president, told analysts.').map((m) => [m.text, m.type])).toEqual([['Kim Jae-june', 'PERSON']]);
    expect(readMentions('Sales rose in mid-june.', '2025-11-30').map((m) => [m.text, m.type])).toEqual([['mid-june', 'DATE']]);
  });
});

describe('seasons inside names', () => {
  it('reads no recurrence in "every Winter Olympics", and one in "every winter"', () => {
    expect(readMentions('Norway has topped the medal table at every Winter Olympics since 2018.', '2026-02-17').filter((m) => m.type === 'DATE').map((m) => m.text)).toEqual(['2018']);
    expect(readMentions('The lake freezes every winter.', '2026-02-17').map((m) => [m.text, m.type])).toEqual([['every winter', 'DATE']]);
  });
});

table('a month a market trades for is the one to come, whatever the verb (DCT Friday 2000-03-24)', '2000-03-24', [
  ['Crude for May delivery settled at $28.02 a barrel.', [['May', '2000-05']]],
  ['The December contract rose, while prices fell in May.', [['December', '2000-12'], ['May', '1999-05']]],
]);
