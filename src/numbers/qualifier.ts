// The qualifier a number span leaves out: the longest phrase from the table that ends right
// before the span ("as many as 1,000") or starts right after it ("1,000 or more", "1,000-plus").
import { NUMBER_HYPHENS } from '../lexicon/number-words.js';
import { HYPHENED_TRAILING_QUALIFIERS, QUALIFIERS, STAGES_SPREAD_OVER, TRAILING_QUALIFIERS, VERBS_OF_ROLLING, VERBS_OF_SPREAD, VERBS_OF_UP } from './lexicon/qualifiers.js';
import { phraseAt, wordAt, type Word } from './words.js';

/** Phrases of one length in words, and their first words, so that no phrase is built where none can start. */
interface Group { length: number; phrases: Set<string>; firstWords: Set<string>; }

/** Phrases by their length in words, longest first, so each length is looked up once. */
function byLength(phrases: readonly string[]): Group[] {
  const groups = new Map<number, Group>();
  for (const p of phrases) {
    const words = p.split(' ');
    if (!groups.has(words.length)) groups.set(words.length, { length: words.length, phrases: new Set(), firstWords: new Set() });
    groups.get(words.length)!.phrases.add(p);
    groups.get(words.length)!.firstWords.add(words[0]);
  }
  return [...groups.values()].sort((a, b) => b.length - a.length);
}

const LEADING = byLength(QUALIFIERS);
const TRAILING = byLength(TRAILING_QUALIFIERS);

export function qualifierOf(words: readonly Word[], first: number, last: number): string | undefined {
  const leading = leadingQualifier(words, first);
  if (leading !== undefined) return leading;
  if (hyphenedQualifierEnd(words, last) > last) return words[last + 2].lower;
  for (const { length: n, phrases, firstWords } of TRAILING) {
    if (!firstWords.has(words[last + 1]?.lower ?? '')) continue;
    const phrase = phraseAt(words, last + 1, n, last);
    if (phrases.has(phrase)) return phrase;
  }
  return undefined;
}

/** The qualifier that ends right before the word at `first` ("as many as"), if any. */
export function leadingQualifier(words: readonly Word[], first: number): string | undefined {
  for (const { length: n, phrases, firstWords } of LEADING) {
    if (first - n < 0 || !firstWords.has(words[first - n].lower)) continue;
    const phrase = phraseAt(words, first - n, n, first);
    // ("ticked up to 3.9%", "was revised up to 0.8%": "up" is the verb's, the figure reached, no bound)
    if (phrase === 'up to' && VERBS_OF_UP.has(words[first - n - 1]?.lower ?? '')) continue;
    // ("the election was held over seven phases": "over" is the verb's, across them)
    if (phrase === 'over' && VERBS_OF_SPREAD.has(words[first - n - 1]?.lower ?? '') && STAGES_SPREAD_OVER.has(words[first + 1]?.lower ?? '')) continue;
    // ("the jackpot had rolled over 25 times")
    if (phrase === 'over' && VERBS_OF_ROLLING.has(words[first - n - 1]?.lower ?? '') && words[first + 1]?.lower === 'times') continue;
    if (phrases.has(phrase)) return phrase;
  }
  return undefined;
}


/** The last word of a qualifier joined to the number ending at `last` by a hyphen ("-plus", "-odd"), or `last`. */
export function hyphenedQualifierEnd(words: readonly Word[], last: number): number {
  const [hyphen, word] = [wordAt(words, last + 1, last), wordAt(words, last + 2, last)];
  return hyphen?.attached && NUMBER_HYPHENS.has(hyphen.lower) && word?.attached && HYPHENED_TRAILING_QUALIFIERS.has(word.lower) ? last + 2 : last;
}
