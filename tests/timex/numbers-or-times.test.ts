// Numbers that are times only in some places: a year in words ("nineteen ninety-six" is one wherever it stands,
// "two thousand and five" only where a bare year in figures would be), quarters (a stretch of time only with a
// word of a period around them) and four figures before "hrs" or "hours" (a military clock). Invented sentences.
import { sentenceTable as table } from './timex-doc.js';

table('years in words (DCT 2025-03-12)', '2025-03-12', [
  ['It was founded in two thousand and five.', [['two thousand and five', '2005']]],
  ['In the year two thousand, sales rose.', [['the year two thousand', '2000']]],
  ['Output peaked in the winter of nineteen ninety-four.', [['the winter of nineteen ninety-four', '1994-WI']]],
  ['There were two thousand and five entries.', []],
  ['Two thousand people came.', []],
  ['The town has two thousand.', []],
]);

table('quarters with no word of a period around them are a share (DCT 2025-03-12)', '2025-03-12', [
  ['Three quarters said no.', []],
  ['A quarter of voters stayed home.', []],
  ['Profit rose for three quarters in a row.', [['three quarters', 'P3Q', 'DURATION']]],
  ['It grew three quarters ago.', [['three quarters ago', '2024-Q2']]],
]);

table('a military clock (DCT 2025-03-12)', '2025-03-12', [
  ['The shop was open 1500 hrs to 1800 hrs.', [['1500 hrs', '2025-03-12T15:00', 'TIME'], ['1800 hrs', '2025-03-12T18:00', 'TIME']]],
  ['The attack began at 0400 hours.', [['0400 hours', '2025-03-12T04:00', 'TIME']]],
  ['He did 1500 hours of community service.', [['1500 hours', 'PT1500H', 'DURATION']]],
]);
