// The qualifier a number span leaves out: the longest phrase from the table that ends right
// before the span ("as many as 1,000") or starts right after it ("1,000 or more").
import { QUALIFIERS, TRAILING_QUALIFIERS } from './lexicon/qualifiers.js';
import { phraseAt, type Word } from './words.js';

const LEADING = [...QUALIFIERS].sort((a, b) => b.split(' ').length - a.split(' ').length);
const TRAILING = [...TRAILING_QUALIFIERS].sort((a, b) => b.split(' ').length - a.split(' ').length);

export function qualifierOf(words: readonly Word[], first: number, last: number): string | undefined {
  for (const q of LEADING) {
    const n = q.split(' ').length;
    if (first - n >= 0 && phraseAt(words, first - n, n, first) === q) return q;
  }
  for (const q of TRAILING) {
    const n = q.split(' ').length;
    if (phraseAt(words, last + 1, n, last) === q) return q;
  }
  return undefined;
}
