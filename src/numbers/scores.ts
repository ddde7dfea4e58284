// Two figures on a hyphen: a score ("2 - 1", "won 3-1", "6-3 1-6 6-3"), which has no one value and is no
// number, or a range of two numbers ("10-15 homes", "3-4%", "$10-15", "2-3 million"), which is two.
import { isPlural } from './counted.js';
import { RANGE_NOUNS } from './lexicon/counted.js';
import { measure } from './measure.js';
import { readNumeral, type Numeral } from './numeral.js';
import { wordAt, type Word } from './words.js';

const DIGITS = /^\d/;

/** Whether the bare digits of numeral n are one side of a score, a hyphen and digits after or before them. */
export function isScore(words: readonly Word[], n: Numeral): boolean {
  const [prev, prev2] = [wordAt(words, n.first - 1, n.first), wordAt(words, n.first - 2, n.first)];
  const [next, next2] = [wordAt(words, n.last + 1, n.first), wordAt(words, n.last + 2, n.first)];
  if (next?.lower === '-' && next2 && DIGITS.test(next2.text) && !isRange(words, n.first, n.last + 2)) return true;
  if (prev?.lower === '-' && !!prev2 && DIGITS.test(prev2.text) && !isRange(words, n.first - 2, n.first)) return true;
  return isTieBreak(words, n);
}

/**
 * "voted 21 to 9", "the board voted seven to four": either side of a tally written after "voted" as a score is ("voted
 * 76-4"), with no one value; "by 219 votes to 212" counts the votes on each side.
 */
export function isTally(words: readonly Word[], n: Numeral): boolean {
  const at = (k: number) => wordAt(words, k, n.first)?.lower ?? '';
  const countAt = (k: number) => { const c = at(k) ? readNumeral(words, k) : null; return !!c && c.first === k && c.last === k && c.kind === 'cardinal'; };
  if (at(n.first - 1) === 'voted' && at(n.last + 1) === 'to' && countAt(n.last + 2)) return true;
  return at(n.first - 1) === 'to' && countAt(n.first - 2) && at(n.first - 3) === 'voted';
}

/** "7-6(4)", "7-6 (5)": the tie-break's points in brackets right after a set's score belong to the score. */
function isTieBreak(words: readonly Word[], n: Numeral): boolean {
  if (wordAt(words, n.first - 1, n.first)?.lower !== '(' || wordAt(words, n.last + 1, n.first)?.lower !== ')') return false;
  const [games, dash, other] = [2, 3, 4].map((k) => wordAt(words, n.first - k, n.first));
  return !!games && !!other && dash?.lower === '-' && DIGITS.test(games.text) && DIGITS.test(other.text);
}

/**
 * "A-B" with A at word a and B at word b is a range, not a score, when A has a currency ("$10-15"),
 * B a measure ("3-4%") or either end thousands or decimals ("50,000-60,000"); or when A is the smaller, a plural noun follows and no other score stands
 * beside it ("10-15 homes"; but "won 3-1 thanks to", "6-3 1-6 6-3", "4-6 Paul Haarhuis").
 */
function isRange(words: readonly Word[], a: number, b: number): boolean {
  const [start, end] = [readNumeral(words, a), readNumeral(words, b)];
  if (!start || !end || end.kind !== 'cardinal') return false;
  if (measure(words, start).type === 'MONEY' || measure(words, end).type !== 'CARDINAL') return true;
  // "50,000-60,000", "5.5-6": no score is written with thousands or decimals
  if (/[.,]/.test(words[a].text) || /[.,]/.test(words[b].text)) return true;
  // "2-3 million", "1.5-2 billion": a score has no scale
  if (end.scale !== undefined && start.scale === undefined && start.value !== undefined && end.value !== undefined && start.value < end.value / end.scale) return true;
  if (start.value === undefined || end.value === undefined || start.value >= end.value) return false;
  // "the 201-250 band": a range that a word of range names
  if (RANGE_NOUNS.has(wordAt(words, end.last + 1, a)?.lower ?? '')) return true;
  // "the 9-11 attacks" names a date
  if (wordAt(words, a - 1, a)?.lower === 'the') return false;
  if ([wordAt(words, a - 1, a), wordAt(words, end.last + 1, a)].some((w) => w && DIGITS.test(w.text))) return false;
  let k = end.last + 1;
  if (wordAt(words, k, a)?.pos === 'ADJ') k++;
  const noun = wordAt(words, k, a);
  return noun?.pos === 'NOUN' && isPlural(noun.text);
}
