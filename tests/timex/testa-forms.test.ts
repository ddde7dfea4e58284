// Forms of 1996 Reuters wire copy that the time rules misread on the dev half of the eng.testa silver set
// (docs/time-expressions.md, "Reuters copy of 1996, a second body"). Every sentence is invented for this test in
// the style of that copy; none is taken from it. Values follow the TimeML 1.2.1 guideline.
import { sentenceTable as table } from './timex-doc.js';

table('a month before a traded good is its contract month, ahead of the trade (Friday 1996-08-30)', '1996-08-30', [
  ['October crude settled 30 cents firmer at $21.90 a barrel.', [['October', '1996-10']]],
  ['December T-bonds closed 12/32 lower after the jobs data.', [['December', '1996-12']]],
  ['March Eurodollars eased two basis points.', [['March', '1997-03']]],
  ['September heating oil ended 0.4 cent higher.', [['September', '1996-09']]],
  ['The December calendar spread narrowed by a tick.', [['December', '1996-12']]],
  ['July cotton was quoted unchanged in thin trade.', [['July', '1997-07']]],
  // Not next to the month, or a word with another sense: the month is the calendar's.
  ['Crude output fell sharply in July.', [['July', '1996-07']]],
  ['The minister recalled the October oil shock.', [['October', '1995-10']]],
]);
