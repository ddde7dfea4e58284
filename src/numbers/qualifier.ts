// The qualifier a number span leaves out: the longest phrase from the table that ends right
// before the span ("as many as 1,000") or starts right after it ("1,000 or more").
import { QUALIFIERS, TRAILING_QUALIFIERS } from './lexicon/qualifiers.js';
import { phraseAt, type Word } from './words.js';

/** Phrases by their length in words, longest first, so each length is looked up once. */
function byLength(phrases: readonly string[]): [number, Set<string>][] {
  const groups = new Map<number, Set<string>>();
  for (const p of phrases) {
    const n = p.split(' ').length;
    if (!groups.has(n)) groups.set(n, new Set());
    groups.get(n)!.add(p);
  }
  return [...groups.entries()].sort((a, b) => b[0] - a[0]);
}

const LEADING = byLength(QUALIFIERS);
const TRAILING = byLength(TRAILING_QUALIFIERS);

export function qualifierOf(words: readonly Word[], first: number, last: number): string | undefined {
  for (const [n, phrases] of LEADING) {
    if (first - n < 0) continue;
    const phrase = phraseAt(words, first - n, n, first);
    if (phrases.has(phrase)) return phrase;
  }
  for (const [n, phrases] of TRAILING) {
    const phrase = phraseAt(words, last + 1, n, last);
    if (phrases.has(phrase)) return phrase;
  }
  return undefined;
}
