// Number recognition: CARDINAL, ORDINAL, PERCENT, MONEY and QUANTITY candidates that carry their
// reading from the start: a JSON-number value, currency (ISO 4217), unit, qualifier and counted
// noun. Nothing is left to re-read later; normalize keeps the reading as it is.
import type { Candidate, Doc } from '../document.js';
import { scanNumbers } from './scan.js';
import { wordsOf } from './words.js';

const NUMBERS_SOURCE = 'numbers';

/** Number candidates over the whole text; needs only doc.text, doc.tokens and doc.sentences. */
export function recognizeNumbers(doc: Doc): Candidate[] {
  // the readings are this call's own: each takes its source last, as a copy with it would, without the copy
  const readings = scanNumbers(wordsOf(doc)) as Candidate[];
  for (const r of readings) r.source = NUMBERS_SOURCE;
  return readings;
}
