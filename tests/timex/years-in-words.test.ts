// A year in words: "nineteen ninety-six" is one wherever it stands; "two thousand and five" only where a bare
// year in figures would be one. Invented sentences.
import { sentenceTable as table } from './timex-doc.js';

table('years in words (DCT 2025-03-12)', '2025-03-12', [
  ['It was founded in two thousand and five.', [['two thousand and five', '2005']]],
  ['In the year two thousand, sales rose.', [['the year two thousand', '2000']]],
  ['Output peaked in the winter of nineteen ninety-four.', [['the winter of nineteen ninety-four', '1994-WI']]],
  ['There were two thousand and five entries.', []],
  ['Two thousand people came.', []],
  ['The town has two thousand.', []],
]);
