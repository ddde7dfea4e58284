// Pounds in an article that prices a thing by the pound ("uranium tops $100 a pound", "$68 per pound") weigh that thing:
// "Reactors need about 180 million pounds a year" is no sterling, where no amount of it is restated in another money
// ("35 billion pounds ($44.6 billion)").
import type { Word } from './words.js';
import { wordAt } from './words.js';

/** A reading of the scan with the words it spans. */
interface Read {
  reading: { type: string; attrs?: { currency?: string; unit?: string } };
  first: number;
  last: number;
}

const POUND_WORDS: ReadonlySet<string> = new Set(['pound', 'pounds']);
const PER_WORDS: ReadonlySet<string> = new Set(['a', 'per']);

/** Turns pounds sterling named by the word into weights (lb) where the article prices by the pound; in place. */
export function poundsOfPricedGoods(words: readonly Word[], found: Read[]): void {
  const pricedByThePound = found.some((f) => f.reading.type === 'MONEY' && f.reading.attrs?.currency !== 'GBP'
    && PER_WORDS.has(wordAt(words, f.last + 1, f.first)?.lower ?? '') && POUND_WORDS.has(wordAt(words, f.last + 2, f.first)?.lower ?? ''));
  if (!pricedByThePound) return;
  for (const f of found) {
    if (f.reading.type !== 'MONEY' || f.reading.attrs?.currency !== 'GBP' || !POUND_WORDS.has(words[f.last].lower)) continue;
    // (restated in brackets in another money: sterling after all)
    if (wordAt(words, f.last + 1, f.first)?.text === '(') continue;
    const { currency: _currency, ...attrs } = f.reading.attrs;
    f.reading = { ...f.reading, type: 'QUANTITY', attrs: { ...attrs, unit: 'lb' } };
  }
}
