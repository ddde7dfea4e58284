// Numbers that are times only in some places: a year in words ("nineteen ninety-six" is one wherever it stands,
// "two thousand and five" only where a bare year in figures would be) and quarters (a stretch of time only with a
// word of a period around them). Invented sentences.
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
