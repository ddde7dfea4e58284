// "one" as a pronoun ("this one urging", "a new one", "one can") rather than a count ("one person", "one of
// them", "one died"), and "one" in a ratio ("one in four firms", "two to one"), which counts whatever goes before.
import { lookup } from './lexicon/lookup.js';
import { COUNTING_ONE_AFTER, PRONOUN_ONE_AFTER, PRONOUN_ONE_BEFORE } from './lexicon/not-numbers.js';
import { TIME_UNITS } from './lexicon/time-words.js';
import { UNIT_WORDS } from '../lexicon/number-words.js';
import { NOUN_LIKE } from '../text/word-classes.js';
import { YEAR_DIGITS } from './shapes.js';
import { wordAt, type Word } from './words.js';

/** Whether the lone "one" ending at word `last`, between prev2, prev and the word that says what it counts (`next`), is a pronoun. */
export function pronounOne(words: readonly Word[], last: number, prev: Word | undefined, prev2: Word | undefined, next: Word | undefined): boolean {
  return !ratioAfter(words, last) && !ratioBefore(prev, prev2) && isPronounOne(prev, next);
}

/** "one was killed", "one died": a verb after "one" (but the generic "one can", "one must") has a count for its subject. */
const ONE_SUBJECT_POS = new Set(['AUX', 'VERB']);

/** "(that) one in four firms", "one out of 10": "in" or "out of" and a number after "one" make a ratio, whatever goes before. */
function ratioAfter(words: readonly Word[], last: number): boolean {
  let k = last + 1;
  const w = wordAt(words, k, last)?.lower;
  if (w === 'out' && wordAt(words, k + 1, last)?.lower === 'of') k++;
  else if (w !== 'in') return false;
  const count = wordAt(words, k + 1, last);
  // not "that one in 2019", a year, nor "the second major one in two weeks", a stretch of time
  if (w === 'in' && TIME_UNITS.has(wordAt(words, k + 2, last)?.lower ?? '')) return false;
  return !!count && ((/^\d/.test(count.text) && !YEAR_DIGITS.test(count.text)) || lookup(UNIT_WORDS, count.lower) !== undefined);
}

/** "two to one", "10 to one": "one" after a number and "to" is the second term of a ratio. */
function ratioBefore(prev: Word | undefined, prev2: Word | undefined): boolean {
  return prev?.lower === 'to' && !!prev2 && (/^\d+$/.test(prev2.text) || lookup(UNIT_WORDS, prev2.lower) !== undefined);
}

/** "one" counts when a noun, "of" or a verb follows ("one person", "one of them", "one died"), unless a determiner
 *  or adjective before it makes it a pronoun ("this one urging", "a new one"). */
function isPronounOne(prev: Word | undefined, next: Word | undefined): boolean {
  if (prev && (PRONOUN_ONE_BEFORE.has(prev.lower) || prev.pos === 'DET')) return true;
  if (!next || PRONOUN_ONE_AFTER.has(next.lower)) return true;
  return !(NOUN_LIKE.has(next.pos) || COUNTING_ONE_AFTER.has(next.lower) || ONE_SUBJECT_POS.has(next.pos));
}
